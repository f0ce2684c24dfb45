package de.ropa.measures.boundary;

import de.ropa.catalogue.entity.CatalogueMeasure;
import de.ropa.catalogue.entity.MeasureKind;
import de.ropa.measures.entity.Measure;
import de.ropa.measures.entity.MeasureStatus;
import de.ropa.platform.control.AuditSnapshot;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.control.ScopedRegisterService;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.paging.Filters;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Owns an organisation's technical and organisational measures. */
@ApplicationScoped
@Transactional
public class MeasureService extends ScopedRegisterService<Measure, MeasureRequest> {

    private static final Map<String, String> SORTABLE = Map.of("title", "e.title", "status", "e.status",
            "art32Letter", "e.art32Letter", "sdmGoal", "e.sdmGoal", "updatedAt", "e.updatedAt");

    public MeasureService() {
        super(Measure.class, ObjectKind.MEASURE, Measure::new);
    }

    public Page<Measure> list(long orgId, PageRequest page, String text, String sort, String status) {
        return page(orgId, page, new Filters()
                .text(text, "LOWER(e.title) LIKE :text")
                .enumValue("status", status, MeasureStatus.class, "e.status = :status"), sort, SORTABLE);
    }

    @Override
    protected AuditSnapshot snapshot(Measure entity) {
        return MeasureAuditSnapshot.of(entity);
    }

    @Override
    protected String nameOf(Measure entity) {
        return entity.getTitle();
    }

    @Override
    protected Map<ObjectKind, String> referring() {
        return Map.of(ObjectKind.CATALOGUE_MEASURE, "WHERE e.catalogueMeasure.id = :id");
    }

    @Override
    protected String nameAttribute() {
        return "title";
    }

    /** Plain fields from the request; what the request leaves empty comes from the adopted catalogue measure. */
    @Override
    protected void apply(long orgId, MeasureRequest request, Measure measure) {
        request.applyTo(measure);
        CatalogueMeasure template = null;
        if (request.catalogueMeasureId != null) {
            template = store.em().find(CatalogueMeasure.class, request.catalogueMeasureId);
            if (template == null) {
                throw new InvalidFieldException("catalogueMeasureId", "measure.unknownCatalogueMeasure", String.valueOf(request.catalogueMeasureId));
            }
            if (isBlank(request.title)) {
                measure.setTitle(template.getTitleDe());
            }
            if (isBlank(request.description)) {
                measure.setDescription(template.getDescriptionDe());
            }
            if (request.kind == null) {
                measure.setKind(template.getKind());
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
            problems.add(new FieldProblem("title", "measure.requiredWithoutCatalogue"));
        }
        if (measure.getKind() != MeasureKind.SECURITY) {
            measure.setArt32Letter(null); // information duties and organisation are no Art. 32 measures
        } else if (measure.getArt32Letter() == null) {
            problems.add(new FieldProblem("art32Letter", "measure.art32ForSecurity"));
        }
        if (measure.getSdmGoal() == null) {
            problems.add(new FieldProblem("sdmGoal", "measure.requiredWithoutCatalogue"));
        }
        RegisterStore.throwIfAny(problems);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }


    /** Every measure of the organisation by title, with its catalogue measure (the record's annex). */
    public List<Measure> forRecord(long orgId) {
        return store.em().createQuery("SELECT m FROM Measure m LEFT JOIN FETCH m.catalogueMeasure"
                + " WHERE m.organisationId = :org ORDER BY m.title, m.id", Measure.class).setParameter("org", orgId).getResultList();
    }
}
