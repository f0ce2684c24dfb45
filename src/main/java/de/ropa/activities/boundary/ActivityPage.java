package de.ropa.activities.boundary;

import de.ropa.platform.paging.Page;
import de.ropa.activities.entity.ProcessingActivity;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the list. */
@Schema(name = "ActivityPage")
public record ActivityPage(List<ActivityResponse> items, int page, int size, long total) {

    static ActivityPage from(Page<ProcessingActivity> page) {
        Page<ActivityResponse> mapped = page.map(ActivityResponse::from);
        return new ActivityPage(mapped.items(), mapped.page(), mapped.size(), mapped.total());
    }
}
