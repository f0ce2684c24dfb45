package de.ropa.organisations.boundary;

import de.ropa.organisations.entity.DpoKind;
import de.ropa.organisations.entity.Organisation;
import de.ropa.organisations.entity.OrganisationType;
import de.ropa.platform.entity.Lengths;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation as a client sends it to create or replace one. Request bodies are classes with
 * public fields, not records: Payara 6's OpenAPI scanner fails on Bean Validation annotations that a
 * record propagates to its constructor parameters.
 */
@Schema(name = "OrganisationRequest")
public class OrganisationRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(example = "Malerbetrieb Sommer GmbH", required = true)
    @NotBlank
    @Size(max = Lengths.NAME)
    public String name;

    @Schema(example = "Hauptstraße 12")
    @Size(max = Lengths.SHORT_TEXT)
    public String street;

    @Schema(example = "12345")
    @Size(max = Lengths.PHONE)
    public String postalCode;

    @Schema(example = "Musterstadt")
    @Size(max = Lengths.NAME)
    public String city;

    @Schema(description = "ISO 3166-1 alpha-2", example = "DE")
    @Pattern(regexp = "[A-Z]{2}", message = "{ropa.country}")
    @Size(max = Lengths.COUNTRY)
    public String country;

    @Schema(example = "info@maler-sommer.de")
    @Email
    @Size(max = Lengths.EMAIL)
    public String email;

    @Schema(example = "+49 123 45678-0")
    @Size(max = Lengths.PHONE)
    public String phone;

    @Schema(example = "https://maler-sommer.de")
    @Size(max = Lengths.URL)
    public String website;

    @Schema(description = "What kind of body the controller is: a PUBLIC_BODY must designate a DPO (Art. 37(1)(a))")
    public OrganisationType organisationType;

    @Schema(description = "Whether the person who submitted a processing activity for approval may approve it too (four"
            + " eyes waived, e.g. a one-person office; each such approval is recorded as self-approved)", defaultValue = "false")
    public boolean selfApprovalAllowed;

    @Schema(description = "The time zone the organisation reads times in, an IANA name (default Europe/Berlin); the API"
            + " itself answers in UTC", example = "Europe/Berlin")
    @Size(max = Lengths.TIME_ZONE)
    public String timeZone;

    @Schema(description = "Legal representative / management", example = "Jana Sommer, Geschäftsführerin")
    @Size(max = Lengths.SHORT_TEXT)
    public String management;

    @Schema(description = "Internal or external DPO")
    public DpoKind dpoKind;

    @Schema(example = "Dr. Paul Weber")
    @Size(max = Lengths.NAME)
    public String dpoName;

    @Schema(description = "Firm of an external DPO", example = "Datenschutz Weber GmbH")
    @Size(max = Lengths.NAME)
    public String dpoCompany;

    @Schema(example = "dsb@datenschutz-weber.de")
    @Email
    @Size(max = Lengths.EMAIL)
    public String dpoEmail;

    @Size(max = Lengths.PHONE)
    public String dpoPhone;

    @Schema(description = "Representative in the Union (Art. 27), where applicable")
    @Size(max = Lengths.SHORT_TEXT)
    public String euRepresentative;

    @Valid
    @Size(max = 50)
    public List<@NotNull JointControllerEntry> jointControllers = new ArrayList<>();

    /** The request that would store the organisation as it is, for editing it on a screen. */
    public static OrganisationRequest from(Organisation o) {
        OrganisationRequest r = new OrganisationRequest();
        r.name = o.getName();
        r.street = o.getStreet();
        r.postalCode = o.getPostalCode();
        r.city = o.getCity();
        r.country = o.getCountry();
        r.email = o.getEmail();
        r.phone = o.getPhone();
        r.website = o.getWebsite();
        r.management = o.getManagement();
        r.organisationType = o.getOrganisationType();
        r.selfApprovalAllowed = o.isSelfApprovalAllowed();
        r.timeZone = o.getTimeZone();
        r.dpoKind = o.getDpoKind();
        r.dpoName = o.getDpoName();
        r.dpoCompany = o.getDpoCompany();
        r.dpoEmail = o.getDpoEmail();
        r.dpoPhone = o.getDpoPhone();
        r.euRepresentative = o.getEuRepresentative();
        r.jointControllers = new ArrayList<>(o.getJointControllers().stream().map(JointControllerEntry::from).toList());
        return r;
    }

    void applyTo(Organisation organisation) {
        organisation.setName(name);
        organisation.setStreet(street);
        organisation.setPostalCode(postalCode);
        organisation.setCity(city);
        organisation.setCountry(country);
        organisation.setEmail(email);
        organisation.setPhone(phone);
        organisation.setWebsite(website);
        organisation.setManagement(management);
        organisation.setOrganisationType(organisationType);
        organisation.setSelfApprovalAllowed(selfApprovalAllowed);
        organisation.setTimeZone(timeZone);
        organisation.setDpoKind(dpoKind);
        organisation.setDpoName(dpoName);
        organisation.setDpoCompany(dpoCompany);
        organisation.setDpoEmail(dpoEmail);
        organisation.setDpoPhone(dpoPhone);
        organisation.setEuRepresentative(euRepresentative);
        organisation.setJointControllers(jointControllers == null ? List.of()
                : jointControllers.stream().map(JointControllerEntry::toEntity).toList());
    }
}
