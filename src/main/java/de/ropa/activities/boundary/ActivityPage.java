package de.ropa.activities.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the list. */
@Schema(name = "ActivityPage")
public record ActivityPage(List<ActivityResponse> items, int page, int size, long total) {
}
