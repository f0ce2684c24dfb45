package de.ropa.organisations.entity;

import de.ropa.platform.entity.Lengths;
import de.ropa.platform.entity.Tracked;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The controller whose register this is: Art. 30(1)(a) names it, its representative and its DPO. */
@Entity
@Table(name = "organisation")
public class Organisation extends Tracked {

    /** Where the product's users are: Germany. */
    public static final String DEFAULT_TIME_ZONE = "Europe/Berlin";

    @Id
    @SequenceGenerator(name = "organisation_seq", sequenceName = "organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organisation_seq")
    private Long id;

    @NotBlank
    @Size(max = Lengths.NAME)
    @Column(name = "name", length = Lengths.NAME, nullable = false)
    private String name;

    @Column(name = "street", length = Lengths.SHORT_TEXT)
    private String street;

    @Column(name = "postal_code", length = Lengths.PHONE)
    private String postalCode;

    @Column(name = "city", length = Lengths.NAME)
    private String city;

    @Column(name = "country", length = Lengths.COUNTRY)
    private String country;

    @Column(name = "email", length = Lengths.EMAIL)
    private String email;

    @Column(name = "phone", length = Lengths.PHONE)
    private String phone;

    @Column(name = "website", length = Lengths.URL)
    private String website;

    /** Legal representative / management (e.g. "Anna Berg, Geschäftsführerin"). */
    @Column(name = "management", length = Lengths.SHORT_TEXT)
    private String management;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", length = 30)
    private OrganisationType organisationType;

    /** The time zone the organisation reads times in (an IANA name); the register stores UTC. */
    @Column(name = "time_zone", nullable = false, length = Lengths.TIME_ZONE)
    private String timeZone = DEFAULT_TIME_ZONE;

    /** Whether the person who submitted an activity may approve it too (four eyes waived, e.g. a one-person office). */
    @Column(name = "self_approval_allowed", nullable = false)
    private boolean selfApprovalAllowed;

    @Enumerated(EnumType.STRING)
    @Column(name = "dpo_kind", length = 50)
    private DpoKind dpoKind;

    @Column(name = "dpo_name", length = Lengths.NAME)
    private String dpoName;

    /** For an external DPO, the firm the DPO works for. */
    @Column(name = "dpo_company", length = Lengths.NAME)
    private String dpoCompany;

    @Column(name = "dpo_email", length = Lengths.EMAIL)
    private String dpoEmail;

    @Column(name = "dpo_phone", length = Lengths.PHONE)
    private String dpoPhone;

    /** Representative in the Union (Art. 27), where the controller is established outside it. */
    @Column(name = "eu_representative", length = Lengths.SHORT_TEXT)
    private String euRepresentative;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_joint_controller", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    private List<JointController> jointControllers = new ArrayList<>();

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getManagement() {
        return management;
    }

    public void setManagement(String management) {
        this.management = management;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone == null || timeZone.isBlank() ? DEFAULT_TIME_ZONE : timeZone;
    }

    public boolean isSelfApprovalAllowed() {
        return selfApprovalAllowed;
    }

    public void setSelfApprovalAllowed(boolean selfApprovalAllowed) {
        this.selfApprovalAllowed = selfApprovalAllowed;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public void setOrganisationType(OrganisationType organisationType) {
        this.organisationType = organisationType;
    }

    public DpoKind getDpoKind() {
        return dpoKind;
    }

    public void setDpoKind(DpoKind dpoKind) {
        this.dpoKind = dpoKind;
    }

    public String getDpoName() {
        return dpoName;
    }

    public void setDpoName(String dpoName) {
        this.dpoName = dpoName;
    }

    public String getDpoCompany() {
        return dpoCompany;
    }

    public void setDpoCompany(String dpoCompany) {
        this.dpoCompany = dpoCompany;
    }

    public String getDpoEmail() {
        return dpoEmail;
    }

    public void setDpoEmail(String dpoEmail) {
        this.dpoEmail = dpoEmail;
    }

    public String getDpoPhone() {
        return dpoPhone;
    }

    public void setDpoPhone(String dpoPhone) {
        this.dpoPhone = dpoPhone;
    }

    public String getEuRepresentative() {
        return euRepresentative;
    }

    public void setEuRepresentative(String euRepresentative) {
        this.euRepresentative = euRepresentative;
    }

    public List<JointController> getJointControllers() {
        return jointControllers;
    }

    public void setJointControllers(List<JointController> jointControllers) {
        this.jointControllers.clear();
        this.jointControllers.addAll(jointControllers);
    }
}
