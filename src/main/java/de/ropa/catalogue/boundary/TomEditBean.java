package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.CatalogueMeasure;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

/** One measure of the TOM catalogue, in German and English, that organisations take their measures from. */
@Named
@ViewScoped
public class TomEditBean extends CatalogueEditBean<CatalogueMeasure, CatalogueMeasureRequest> {

    private static final long serialVersionUID = 1L;

    public TomEditBean() {
        super("/catalogue/tom", "tomForm", "tom.saved");
    }

    @Override
    protected CatalogueMeasure find(long id) {
        return catalogue.measure(id);
    }

    @Override
    protected CatalogueMeasureRequest newRequest() {
        return new CatalogueMeasureRequest();
    }

    @Override
    protected CatalogueMeasureRequest requestOf(CatalogueMeasure measure) {
        return CatalogueMeasureRequest.from(measure);
    }

    @Override
    protected CatalogueMeasure create(CatalogueMeasureRequest request) {
        return catalogue.createMeasure(request);
    }

    @Override
    protected CatalogueMeasure update(long id, long version, CatalogueMeasureRequest request) {
        return catalogue.updateMeasure(id, version, request);
    }
}
