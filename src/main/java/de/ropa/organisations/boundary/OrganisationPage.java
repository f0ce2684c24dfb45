package de.ropa.organisations.boundary;

import de.ropa.organisations.entity.Organisation;
import de.ropa.platform.paging.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of organisations. */
@Schema(name = "OrganisationPage")
public record OrganisationPage(List<OrganisationResponse> items, int page, int size, long total) {

    static OrganisationPage from(Page<Organisation> page) {
        Page<OrganisationResponse> mapped = page.map(OrganisationResponse::from);
        return new OrganisationPage(mapped.items(), mapped.page(), mapped.size(), mapped.total());
    }
}
