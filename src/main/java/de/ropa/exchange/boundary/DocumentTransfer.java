package de.ropa.exchange.boundary;

import de.ropa.platform.entity.Lengths;
import de.ropa.transfers.boundary.TransferRequest;
import de.ropa.transfers.entity.Derogation;
import de.ropa.transfers.entity.SccModule;
import de.ropa.transfers.entity.Transfer;
import de.ropa.transfers.entity.TransferMechanism;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A third-country transfer in the register document: its processor and channels by key. */
@Schema(name = "RegisterDocumentTransfer")
@JsonbPropertyOrder({"key", "recipient"})
public class DocumentTransfer {

    @Size(max = Lengths.NAME)

    public String key;

    @NotBlank
    @Size(max = Lengths.NAME)
    public String recipient;

    @NotNull
    @Pattern(regexp = "[A-Z]{2}", message = "{ropa.country}")
    @Size(max = Lengths.COUNTRY)
    public String country;

    @Schema(description = "The key of the processor the data goes to, if any")
    @Size(max = Lengths.NAME)
    public String processorKey;

    @NotNull
    public TransferMechanism mechanism;

    public SccModule sccModule;

    public Derogation derogation;

    public Boolean dpfChecked;

    public LocalDate dpfCheckedOn;

    @Size(max = Lengths.URL)
    public String dpfEvidenceUrl;

    public Boolean tiaDone;

    public LocalDate tiaDate;

    @Size(max = Lengths.SHORT_TEXT)
    public String tiaReference;

    @Size(max = Lengths.TEXT)
    public String safeguardsDocumentation;

    @Size(max = Lengths.TEXT)
    public String notes;

    @Size(max = 500)
    public List<@NotNull @Size(max = Lengths.NAME) String> channelKeys = new ArrayList<>();

    static DocumentTransfer of(Transfer t, DocumentKeys keys) {
        DocumentTransfer d = new DocumentTransfer();
        d.key = keys.key(t);
        d.recipient = t.getRecipient();
        d.country = t.getCountry();
        d.processorKey = keys.key(t.getProcessor());
        d.mechanism = t.getMechanism();
        d.sccModule = t.getSccModule();
        d.derogation = t.getDerogation();
        d.dpfChecked = t.isDpfChecked();
        d.dpfCheckedOn = t.getDpfCheckedOn();
        d.dpfEvidenceUrl = t.getDpfEvidenceUrl();
        d.tiaDone = t.isTiaDone();
        d.tiaDate = t.getTiaDate();
        d.tiaReference = t.getTiaReference();
        d.safeguardsDocumentation = t.getSafeguardsDocumentation();
        d.notes = t.getNotes();
        d.channelKeys = keys.keys(t.getChannels());
        return d;
    }

    TransferRequest toRequest(Long processorId, List<Long> channelIds) {
        TransferRequest r = new TransferRequest();
        r.recipient = recipient;
        r.country = country;
        r.processorId = processorId;
        r.mechanism = mechanism;
        r.sccModule = sccModule;
        r.derogation = derogation;
        r.dpfChecked = dpfChecked;
        r.dpfCheckedOn = dpfCheckedOn;
        r.dpfEvidenceUrl = dpfEvidenceUrl;
        r.tiaDone = tiaDone;
        r.tiaDate = tiaDate;
        r.tiaReference = tiaReference;
        r.safeguardsDocumentation = safeguardsDocumentation;
        r.notes = notes;
        r.channelIds = channelIds;
        return r;
    }
}
