package de.ropa.audit.boundary;

import de.ropa.audit.entity.AuditEntry;
import de.ropa.platform.paging.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of trail entries, newest first. */
@Schema(name = "AuditPage")
public record AuditPage(List<AuditEntryResponse> items, int page, int size, long total) {

    static AuditPage from(Page<AuditEntry> page) {
        return new AuditPage(page.items().stream().map(AuditEntryResponse::from).toList(), page.page(), page.size(), page.total());
    }
}
