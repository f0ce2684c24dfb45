package de.ropa.measures.boundary;

import de.ropa.catalogue.boundary.CatalogueService;
import de.ropa.findings.entity.ObjectKind;
import de.ropa.measures.entity.Measure;
import de.ropa.measures.entity.MeasureStatus;
import de.ropa.platform.faces.RegisterEditBean;
import de.ropa.platform.paging.PageRequest;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;

/** The page of one technical or organisational measure, optionally taken from the TOM catalogue. */
@Named
@ViewScoped
public class MeasureEditBean extends RegisterEditBean<Measure, MeasureRequest> {

    private static final long serialVersionUID = 1L;

    @Inject
    MeasureService measures;

    @Inject
    CatalogueService catalogue;

    @Override
    protected Measure find(long orgId, long id) {
        return measures.find(orgId, id);
    }

    @Override
    protected MeasureRequest newRequest() {
        MeasureRequest request = new MeasureRequest();
        request.status = MeasureStatus.PLANNED;
        return request;
    }

    @Override
    protected MeasureRequest requestOf(Measure measure) {
        return MeasureRequest.from(measure);
    }

    @Override
    protected Measure create(long orgId, MeasureRequest request) {
        return measures.create(orgId, request);
    }

    @Override
    protected Measure update(long orgId, long id, long version, MeasureRequest request) {
        return measures.update(orgId, id, version, request);
    }

    @Override
    protected void delete(long orgId, long id, long version) {
        measures.delete(orgId, id, version);
    }

    @Override
    protected String page() {
        return "/measures/measure";
    }

    @Override
    protected ObjectKind kind() {
        return null;
    }

    @Override
    protected String savedKey() {
        return "measure.saved";
    }

    @Override
    public String getFormId() {
        return "measureForm";
    }

    /** The catalogue's measures in the page's language. */
    public Map<Long, String> getCatalogueOptions() {
        boolean english = "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
        Map<Long, String> options = new LinkedHashMap<>();
        catalogue.measures(new PageRequest(0, PageRequest.MAX_SIZE), null, "code").items()
                .forEach(m -> options.put(m.getId(), english ? m.getTitleEn() : m.getTitleDe()));
        return options;
    }
}
