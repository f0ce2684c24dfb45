package de.ropa.transfers.boundary;

import de.ropa.platform.paging.Page;
import de.ropa.transfers.entity.Transfer;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the list. */
@Schema(name = "TransferPage")
public record TransferPage(List<TransferResponse> items, int page, int size, long total) {

    static TransferPage from(Page<Transfer> page) {
        Page<TransferResponse> mapped = page.map(TransferResponse::from);
        return new TransferPage(mapped.items(), mapped.page(), mapped.size(), mapped.total());
    }
}
