package de.ropa.catalogue.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Pages of the catalogues on the wire. */
public final class CataloguePages {

    private CataloguePages() {
    }

    /** One page of messenger services. */
    @Schema(name = "MessengerServicePage")
    public record Services(List<MessengerServiceResponse> items, int page, int size, long total) {
    }

    /** One page of catalogue measures. */
    @Schema(name = "CatalogueMeasurePage")
    public record Measures(List<CatalogueMeasureResponse> items, int page, int size, long total) {
    }
}
