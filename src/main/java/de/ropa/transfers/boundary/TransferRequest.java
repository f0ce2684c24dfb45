package de.ropa.transfers.boundary;

import de.ropa.platform.entity.Lengths;
import de.ropa.transfers.entity.Derogation;
import de.ropa.transfers.entity.SccModule;
import de.ropa.transfers.entity.Transfer;
import de.ropa.transfers.entity.TransferMechanism;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A third-country transfer as a client sends it. */
@Schema(name = "TransferRequest")
public class TransferRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(example = "Meta Platforms, Inc.", required = true)
    @NotBlank
    @Size(max = Lengths.NAME)
    public String recipient;

    @Schema(description = "ISO 3166-1 alpha-2", example = "US", required = true)
    @NotNull
    @Pattern(regexp = "[A-Z]{2}", message = "{ropa.country}")
    @Size(max = Lengths.COUNTRY)
    public String country;

    @Schema(description = "The processor the data goes to, if any")
    public Long processorId;

    @Schema(required = true)
    @NotNull
    public TransferMechanism mechanism;

    public SccModule sccModule;

    public Derogation derogation;

    @Schema(description = "Whether the recipient's DPF certification was checked")
    public Boolean dpfChecked;

    public LocalDate dpfCheckedOn;

    @Size(max = Lengths.URL)
    public String dpfEvidenceUrl;

    @Schema(description = "Whether a transfer impact assessment was made")
    public Boolean tiaDone;

    public LocalDate tiaDate;

    @Size(max = Lengths.SHORT_TEXT)
    public String tiaReference;

    @Schema(description = "Suitable safeguards for an Art. 49(1) second-subparagraph transfer")
    @Size(max = Lengths.TEXT)
    public String safeguardsDocumentation;

    @Size(max = Lengths.TEXT)
    public String notes;

    @Schema(description = "Channels over which the data is transferred")
    @Size(max = 500)
    public List<@NotNull Long> channelIds = new ArrayList<>();

    /** The request that would store the transfer as it is, for editing it on a screen. */
    public static TransferRequest from(Transfer transfer) {
        return copy(transfer, new TransferRequest());
    }

    private static TransferRequest copy(Transfer t, TransferRequest r) {
        r.recipient = t.getRecipient();
        r.country = t.getCountry();
        r.processorId = t.getProcessor() == null ? null : t.getProcessor().getId();
        r.mechanism = t.getMechanism();
        r.sccModule = t.getSccModule();
        r.derogation = t.getDerogation();
        r.dpfChecked = t.isDpfChecked();
        r.dpfCheckedOn = t.getDpfCheckedOn();
        r.dpfEvidenceUrl = t.getDpfEvidenceUrl();
        r.tiaDone = t.isTiaDone();
        r.tiaDate = t.getTiaDate();
        r.tiaReference = t.getTiaReference();
        r.safeguardsDocumentation = t.getSafeguardsDocumentation();
        r.notes = t.getNotes();
        r.channelIds = new ArrayList<>(t.getChannels().stream().map(c -> c.getId()).sorted().toList());
        return r;
    }

    /** Copies the plain fields; the service resolves the links. */
    void applyTo(Transfer transfer) {
        transfer.setRecipient(recipient);
        transfer.setCountry(country);
        transfer.setMechanism(mechanism);
        transfer.setSccModule(sccModule);
        transfer.setDerogation(derogation);
        transfer.setDpfChecked(Boolean.TRUE.equals(dpfChecked));
        transfer.setDpfCheckedOn(dpfCheckedOn);
        transfer.setDpfEvidenceUrl(dpfEvidenceUrl);
        transfer.setTiaDone(Boolean.TRUE.equals(tiaDone));
        transfer.setTiaDate(tiaDate);
        transfer.setTiaReference(tiaReference);
        transfer.setSafeguardsDocumentation(safeguardsDocumentation);
        transfer.setNotes(notes);
    }
}
