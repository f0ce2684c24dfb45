package de.ropa.measures.boundary;

import de.ropa.platform.paging.Page;
import de.ropa.measures.entity.Measure;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the list. */
@Schema(name = "MeasurePage")
public record MeasurePage(List<MeasureResponse> items, int page, int size, long total) {

    static MeasurePage from(Page<Measure> page) {
        Page<MeasureResponse> mapped = page.map(MeasureResponse::from);
        return new MeasurePage(mapped.items(), mapped.page(), mapped.size(), mapped.total());
    }
}
