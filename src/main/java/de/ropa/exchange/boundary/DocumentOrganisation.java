package de.ropa.exchange.boundary;

import de.ropa.organisations.boundary.JointControllerEntry;
import de.ropa.organisations.boundary.OrganisationRequest;
import de.ropa.organisations.entity.DpoKind;
import de.ropa.organisations.entity.Organisation;
import de.ropa.organisations.entity.OrganisationType;
import de.ropa.platform.entity.Lengths;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The controller's details in the register document (Art. 30(1)(a)). */
@Schema(name = "RegisterDocumentOrganisation")
@JsonbPropertyOrder({"name"})
public class DocumentOrganisation {

    @NotBlank
    @Size(max = Lengths.NAME)
    public String name;

    @Size(max = Lengths.SHORT_TEXT)
    public String street;

    @Size(max = Lengths.PHONE)
    public String postalCode;

    @Size(max = Lengths.NAME)
    public String city;

    @Pattern(regexp = "[A-Z]{2}", message = "{ropa.country}")
    @Size(max = Lengths.COUNTRY)
    public String country;

    @Email
    @Size(max = Lengths.EMAIL)
    public String email;

    @Size(max = Lengths.PHONE)
    public String phone;

    @Size(max = Lengths.URL)
    public String website;

    @Size(max = Lengths.SHORT_TEXT)
    public String management;

    @Schema(description = "Since format version 3")
    public OrganisationType organisationType;

    /** Whether submitters may approve their own activities: written only when they may (schema 15); absent: no. */
    public Boolean selfApprovalAllowed;

    /** The organisation's time zone: written only when it is not Europe/Berlin (schema 15); absent: Europe/Berlin. */
    @Size(max = Lengths.TIME_ZONE)
    public String timeZone;

    public DpoKind dpoKind;

    @Size(max = Lengths.NAME)
    public String dpoName;

    @Size(max = Lengths.NAME)
    public String dpoCompany;

    @Email
    @Size(max = Lengths.EMAIL)
    public String dpoEmail;

    @Size(max = Lengths.PHONE)
    public String dpoPhone;

    @Size(max = Lengths.SHORT_TEXT)
    public String euRepresentative;

    @Valid
    @Size(max = 50)
    public List<@NotNull JointController> jointControllers = new ArrayList<>();

    /** A joint controller (Art. 26). */
    @Schema(name = "RegisterDocumentJointController")
    public static class JointController {

        @NotBlank
        @Size(max = Lengths.NAME)
        public String name;

        @Size(max = Lengths.SHORT_TEXT)
        public String contact;

        @Size(max = Lengths.TEXT)
        public String arrangement;
    }

    static DocumentOrganisation of(Organisation o) {
        DocumentOrganisation d = new DocumentOrganisation();
        d.name = o.getName();
        d.street = o.getStreet();
        d.postalCode = o.getPostalCode();
        d.city = o.getCity();
        d.country = o.getCountry();
        d.email = o.getEmail();
        d.phone = o.getPhone();
        d.website = o.getWebsite();
        d.management = o.getManagement();
        d.organisationType = o.getOrganisationType();
        d.selfApprovalAllowed = o.isSelfApprovalAllowed() ? Boolean.TRUE : null;
        d.timeZone = Organisation.DEFAULT_TIME_ZONE.equals(o.getTimeZone()) ? null : o.getTimeZone();
        d.dpoKind = o.getDpoKind();
        d.dpoName = o.getDpoName();
        d.dpoCompany = o.getDpoCompany();
        d.dpoEmail = o.getDpoEmail();
        d.dpoPhone = o.getDpoPhone();
        d.euRepresentative = o.getEuRepresentative();
        d.jointControllers = o.getJointControllers().stream().map(c -> {
            JointController j = new JointController();
            j.name = c.getName();
            j.contact = c.getContact();
            j.arrangement = c.getArrangement();
            return j;
        }).toList();
        return d;
    }

    public OrganisationRequest toRequest() {
        OrganisationRequest r = new OrganisationRequest();
        r.name = name;
        r.street = street;
        r.postalCode = postalCode;
        r.city = city;
        r.country = country;
        r.email = email;
        r.phone = phone;
        r.website = website;
        r.management = management;
        r.organisationType = organisationType;
        r.selfApprovalAllowed = Boolean.TRUE.equals(selfApprovalAllowed);
        r.timeZone = timeZone;
        r.dpoKind = dpoKind;
        r.dpoName = dpoName;
        r.dpoCompany = dpoCompany;
        r.dpoEmail = dpoEmail;
        r.dpoPhone = dpoPhone;
        r.euRepresentative = euRepresentative;
        r.jointControllers = jointControllers == null ? new ArrayList<>() : new ArrayList<>(jointControllers.stream().map(c -> {
            JointControllerEntry e = new JointControllerEntry();
            e.name = c.name;
            e.contact = c.contact;
            e.arrangement = c.arrangement;
            return e;
        }).toList());
        return r;
    }
}
