package de.ropa.measures.boundary;

import de.ropa.catalogue.entity.CatalogueMeasure;
import de.ropa.measures.entity.Measure;
import de.ropa.measures.entity.MeasureStatus;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.paging.Filters;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import de.ropa.platform.paging.Sorting;
import de.ropa.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Owns an organisation's technical and organisational measures. */
@ApplicationScoped
@Transactional
public class MeasureService {

    static final String KIND = "measure";
    private static final Map<String, String> SORTABLE = Map.of("title", "e.title", "status", "e.status",
            "art32Letter", "e.art32Letter", "sdmGoal", "e.sdmGoal", "updatedAt", "e.updatedAt");

    @Inject
    RegisterStore store;

    public Page<Measure> list(long orgId, PageRequest page, String text, String sort, String status) {
        store.requireOrganisation(orgId);
        Filters filters = new Filters()
                .text(text, "LOWER(e.title) LIKE :text")
                .enumValue("status", status, MeasureStatus.class, "e.status = :status");
        return store.page(Measure.class, orgId, page, filters.conditions(), filters.parameters(),
                Sorting.orderBy(sort, SORTABLE, "e.id"));
    }

    public Measure find(long orgId, long id) {
        return store.find(Measure.class, KIND, orgId, id);
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public Measure create(long orgId, MeasureRequest request) {
        store.requireOrganisation(orgId);
        store.validate(request);
        Measure measure = new Measure();
        measure.setOrganisationId(orgId);
        apply(request, measure);
        store.em().persist(measure);
        store.em().flush();
        return measure;
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public Measure update(long orgId, long id, long expectedVersion, MeasureRequest request) {
        store.requireOrganisation(orgId);
        store.validate(request);
        Measure measure = store.findForChange(Measure.class, KIND, orgId, id, expectedVersion);
        apply(request, measure);
        measure.touch();
        store.em().flush();
        return measure;
    }

    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public void delete(long orgId, long id, long expectedVersion) {
        Measure measure = store.findForChange(Measure.class, KIND, orgId, id, expectedVersion);
        Map<String, String> references = new LinkedHashMap<>();
        references.put("activity", "SELECT a.name FROM ProcessingActivity a JOIN a.measures m WHERE m.id = :id");
        references.put("channel", "SELECT c.name FROM Channel c JOIN c.measures m WHERE m.id = :id");
        store.requireUnreferenced(KIND, id, references);
        store.em().remove(measure);
        store.em().flush();
    }

    /** Plain fields from the request; what the request leaves empty comes from the adopted catalogue measure. */
    private void apply(MeasureRequest request, Measure measure) {
        request.applyTo(measure);
        CatalogueMeasure template = null;
        if (request.catalogueMeasureId != null) {
            template = store.em().find(CatalogueMeasure.class, request.catalogueMeasureId);
            if (template == null) {
                throw new InvalidFieldException("catalogueMeasureId", "unknown catalogue measure " + request.catalogueMeasureId);
            }
            if (isBlank(request.title)) {
                measure.setTitle(template.getTitleDe());
            }
            if (isBlank(request.description)) {
                measure.setDescription(template.getDescriptionDe());
            }
            if (request.art32Letter == null) {
                measure.setArt32Letter(template.getArt32Letter());
            }
            if (request.sdmGoal == null) {
                measure.setSdmGoal(template.getSdmGoal());
            }
            if (request.messengerSpecific == null) {
                measure.setMessengerSpecific(template.isMessengerSpecific());
            }
        }
        measure.setCatalogueMeasure(template);
        List<FieldProblem> problems = new ArrayList<>();
        if (isBlank(measure.getTitle())) {
            problems.add(new FieldProblem("title", "must not be blank unless a catalogue measure is adopted"));
        }
        if (measure.getArt32Letter() == null) {
            problems.add(new FieldProblem("art32Letter", "must not be null unless a catalogue measure is adopted"));
        }
        if (measure.getSdmGoal() == null) {
            problems.add(new FieldProblem("sdmGoal", "must not be null unless a catalogue measure is adopted"));
        }
        RegisterStore.throwIfAny(problems);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

}
