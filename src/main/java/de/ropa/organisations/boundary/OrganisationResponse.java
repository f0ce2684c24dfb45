package de.ropa.organisations.boundary;

import de.ropa.organisations.entity.DpoKind;
import de.ropa.organisations.entity.Organisation;
import de.ropa.organisations.entity.OrganisationType;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as the API shows it. */
@Schema(name = "Organisation")
public record OrganisationResponse(
        long id,
        @Schema(description = "Version for If-Match; also sent as ETag") long version,
        String name, String street, String postalCode, String city, String country,
        String email, String phone, String website, String management, OrganisationType organisationType,
        @Schema(description = "The submitter of an activity may approve it too") boolean selfApprovalAllowed,
        @Schema(description = "The time zone the organisation reads times in") String timeZone,
        DpoKind dpoKind, String dpoName, String dpoCompany, String dpoEmail, String dpoPhone,
        String euRepresentative, List<JointControllerEntry> jointControllers,
        @Schema(description = "UTC") LocalDateTime createdAt,
        @Schema(description = "UTC") LocalDateTime updatedAt) {

    public static OrganisationResponse from(Organisation o) {
        return new OrganisationResponse(o.getId(), o.getVersion(), o.getName(), o.getStreet(), o.getPostalCode(),
                o.getCity(), o.getCountry(), o.getEmail(), o.getPhone(), o.getWebsite(), o.getManagement(), o.getOrganisationType(),
                o.isSelfApprovalAllowed(), o.getTimeZone(),
                o.getDpoKind(), o.getDpoName(), o.getDpoCompany(), o.getDpoEmail(), o.getDpoPhone(),
                o.getEuRepresentative(), o.getJointControllers().stream().map(JointControllerEntry::from).toList(),
                o.getCreatedAt(), o.getUpdatedAt());
    }
}
