package de.ropa.processors.boundary;

import de.ropa.platform.entity.Lengths;
import de.ropa.processors.entity.AgreementStatus;
import de.ropa.processors.entity.Processor;
import de.ropa.processors.entity.ProcessorRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A processor as a client sends it. */
@Schema(name = "ProcessorRequest")
public class ProcessorRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(example = "Meta Platforms Ireland Ltd.", required = true)
    @NotBlank
    @Size(max = Lengths.NAME)
    public String name;

    @Size(max = Lengths.SHORT_TEXT)
    public String street;

    @Size(max = Lengths.PHONE)
    public String postalCode;

    @Size(max = Lengths.NAME)
    public String city;

    @Schema(description = "ISO 3166-1 alpha-2", example = "IE")
    @Pattern(regexp = "[A-Z]{2}", message = "{ropa.country}")
    @Size(max = Lengths.COUNTRY)
    public String country;

    @Size(max = Lengths.SHORT_TEXT)
    public String contact;

    @Schema(required = true)
    @NotNull
    public ProcessorRole role;

    @Schema(description = "For a sub-processor: the processor that engages it")
    public Long mainProcessorId;

    @Schema(required = true)
    @NotNull
    public AgreementStatus agreementStatus;

    public LocalDate signedOn;

    public LocalDate validUntil;

    public LocalDate reviewOn;

    @Schema(example = "AVV-2026-04")
    @Size(max = Lengths.SHORT_TEXT)
    public String documentReference;

    @Size(max = Lengths.TEXT)
    public String notes;

    @Schema(description = "Messenger services (catalogue ids) this processor provides")
    @Size(max = 500)
    public List<@NotNull Long> serviceIds = new ArrayList<>();

    @Schema(description = "Channels this processor serves")
    @Size(max = 500)
    public List<@NotNull Long> channelIds = new ArrayList<>();

    /** The request that would store the processor as it is, for editing it on a screen. */
    public static ProcessorRequest from(Processor processor) {
        return copy(processor, new ProcessorRequest());
    }

    private static ProcessorRequest copy(Processor p, ProcessorRequest r) {
        r.name = p.getName();
        r.street = p.getStreet();
        r.postalCode = p.getPostalCode();
        r.city = p.getCity();
        r.country = p.getCountry();
        r.contact = p.getContact();
        r.role = p.getRole();
        r.mainProcessorId = p.getMainProcessor() == null ? null : p.getMainProcessor().getId();
        r.agreementStatus = p.getAgreementStatus();
        r.signedOn = p.getSignedOn();
        r.validUntil = p.getValidUntil();
        r.reviewOn = p.getReviewOn();
        r.documentReference = p.getDocumentReference();
        r.notes = p.getNotes();
        r.serviceIds = new ArrayList<>(p.getServices().stream().map(s -> s.getId()).sorted().toList());
        r.channelIds = new ArrayList<>(p.getChannels().stream().map(c -> c.getId()).sorted().toList());
        return r;
    }

    /** Copies the plain fields; the service resolves the links. */
    void applyTo(Processor processor) {
        processor.setName(name);
        processor.setStreet(street);
        processor.setPostalCode(postalCode);
        processor.setCity(city);
        processor.setCountry(country);
        processor.setContact(contact);
        processor.setRole(role);
        processor.setAgreementStatus(agreementStatus);
        processor.setSignedOn(signedOn);
        processor.setValidUntil(validUntil);
        processor.setReviewOn(reviewOn);
        processor.setDocumentReference(documentReference);
        processor.setNotes(notes);
    }
}
