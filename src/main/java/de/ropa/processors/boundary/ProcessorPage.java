package de.ropa.processors.boundary;

import de.ropa.platform.paging.Page;
import de.ropa.processors.entity.Processor;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the list. */
@Schema(name = "ProcessorPage")
public record ProcessorPage(List<ProcessorResponse> items, int page, int size, long total) {

    static ProcessorPage from(Page<Processor> page) {
        Page<ProcessorResponse> mapped = page.map(ProcessorResponse::from);
        return new ProcessorPage(mapped.items(), mapped.page(), mapped.size(), mapped.total());
    }
}
