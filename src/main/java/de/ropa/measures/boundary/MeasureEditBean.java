package de.ropa.measures.boundary;

import de.ropa.measures.entity.Measure;
import de.ropa.measures.entity.MeasureStatus;
import de.ropa.platform.control.ScopedRegisterService;
import de.ropa.platform.faces.RegisterEditBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page of one technical or organisational measure, optionally taken from the TOM catalogue. */
@Named
@ViewScoped
public class MeasureEditBean extends RegisterEditBean<Measure, MeasureRequest> {

    private static final long serialVersionUID = 1L;

    @Inject
    MeasureService measures;

    public MeasureEditBean() {
        super("/measures/measure", "measure.saved", "measureForm");
    }

    @Override
    protected ScopedRegisterService<Measure, MeasureRequest> service() {
        return measures;
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
}
