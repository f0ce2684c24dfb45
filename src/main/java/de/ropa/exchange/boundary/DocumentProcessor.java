package de.ropa.exchange.boundary;

import de.ropa.platform.entity.Lengths;
import de.ropa.processors.boundary.ProcessorRequest;
import de.ropa.processors.entity.AgreementStatus;
import de.ropa.processors.entity.Processor;
import de.ropa.processors.entity.ProcessorRole;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A processor in the register document: its main processor and channels by key, services by catalogue code. */
@Schema(name = "RegisterDocumentProcessor")
@JsonbPropertyOrder({"key", "name"})
public class DocumentProcessor {

    @Size(max = Lengths.NAME)

    public String key;

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

    @Size(max = Lengths.SHORT_TEXT)
    public String contact;

    @NotNull
    public ProcessorRole role;

    @Schema(description = "For a sub-processor: the key of the processor that engages it")
    @Size(max = Lengths.NAME)
    public String mainProcessorKey;

    @NotNull
    public AgreementStatus agreementStatus;

    public LocalDate signedOn;

    public LocalDate validUntil;

    public LocalDate reviewOn;

    @Size(max = Lengths.SHORT_TEXT)
    public String documentReference;

    @Size(max = Lengths.TEXT)
    public String notes;

    @Size(max = 500)
    public List<@NotNull @Size(max = Lengths.CODE) String> serviceCodes = new ArrayList<>();

    @Size(max = 500)
    public List<@NotNull @Size(max = Lengths.NAME) String> channelKeys = new ArrayList<>();

    static DocumentProcessor of(Processor p, DocumentKeys keys) {
        DocumentProcessor d = new DocumentProcessor();
        d.key = keys.key(p);
        d.name = p.getName();
        d.street = p.getStreet();
        d.postalCode = p.getPostalCode();
        d.city = p.getCity();
        d.country = p.getCountry();
        d.contact = p.getContact();
        d.role = p.getRole();
        d.mainProcessorKey = keys.key(p.getMainProcessor());
        d.agreementStatus = p.getAgreementStatus();
        d.signedOn = p.getSignedOn();
        d.validUntil = p.getValidUntil();
        d.reviewOn = p.getReviewOn();
        d.documentReference = p.getDocumentReference();
        d.notes = p.getNotes();
        d.serviceCodes = p.getServices().stream().map(s -> s.getCode()).sorted().toList();
        d.channelKeys = keys.keys(p.getChannels());
        return d;
    }

    ProcessorRequest toRequest(Long mainProcessorId, List<Long> serviceIds, List<Long> channelIds) {
        ProcessorRequest r = new ProcessorRequest();
        r.name = name;
        r.street = street;
        r.postalCode = postalCode;
        r.city = city;
        r.country = country;
        r.contact = contact;
        r.role = role;
        r.mainProcessorId = mainProcessorId;
        r.agreementStatus = agreementStatus;
        r.signedOn = signedOn;
        r.validUntil = validUntil;
        r.reviewOn = reviewOn;
        r.documentReference = documentReference;
        r.notes = notes;
        r.serviceIds = serviceIds;
        r.channelIds = channelIds;
        return r;
    }
}
