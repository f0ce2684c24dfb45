package de.ropa.organisations.boundary;

import de.ropa.organisations.entity.DpoKind;
import de.ropa.organisations.entity.Organisation;
import de.ropa.organisations.entity.OrganisationType;
import de.ropa.platform.control.AuditSnapshot;
import java.time.LocalDateTime;
import java.util.List;

/** An organisation as the audit trail records it (see {@link AuditSnapshot}); version 1 is the API's shape of 2026. */
public record OrganisationAuditSnapshot(long id, long version, String name, String street, String postalCode, String city,
                                   String country, String email, String phone, String website, String management,
                                   OrganisationType organisationType, boolean selfApprovalAllowed, String timeZone,
                                   DpoKind dpoKind, String dpoName, String dpoCompany, String dpoEmail, String dpoPhone,
                                   String euRepresentative, List<JointController> jointControllers, LocalDateTime createdAt,
                                   LocalDateTime updatedAt) implements AuditSnapshot {

    public static final int VERSION = 1;

    /** A joint controller (Art. 26). */
    public record JointController(String name, String contact, String arrangement) {
    }

    static OrganisationAuditSnapshot of(Organisation o) {
        return new OrganisationAuditSnapshot(o.getId(), o.getVersion(), o.getName(), o.getStreet(), o.getPostalCode(), o.getCity(),
                o.getCountry(), o.getEmail(), o.getPhone(), o.getWebsite(), o.getManagement(), o.getOrganisationType(), o.isSelfApprovalAllowed(), o.getTimeZone(), o.getDpoKind(), o.getDpoName(),
                o.getDpoCompany(), o.getDpoEmail(), o.getDpoPhone(), o.getEuRepresentative(),
                o.getJointControllers().stream().map(c -> new JointController(c.getName(), c.getContact(), c.getArrangement()))
                        .toList(), o.getCreatedAt(), o.getUpdatedAt());
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }
}
