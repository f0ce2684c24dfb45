package de.ropa.exchange.boundary;

import de.ropa.activities.boundary.ActivityRequest;
import de.ropa.channels.boundary.ChannelRequest;
import de.ropa.measures.boundary.MeasureRequest;
import de.ropa.organisations.boundary.OrganisationRequest;
import de.ropa.processors.boundary.ProcessorRequest;
import de.ropa.transfers.boundary.TransferRequest;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One organisation's whole register. Each entry is the object's API request plus a {@code key}; the id
 * links of the request are replaced by keys (and catalogue codes), which the import resolves.
 */
@Schema(name = "RegisterDocument", description = "An organisation's whole register for export and import")
@JsonbPropertyOrder({"format", "formatVersion", "exportedAt", "organisation", "measures", "channels", "processors",
        "transfers", "activities"})
public class RegisterDocument {

    public static final String FORMAT = "ropa-register";
    public static final int FORMAT_VERSION = 1;

    @Schema(example = FORMAT)
    public String format = FORMAT;

    @Schema(example = "1")
    public Integer formatVersion = FORMAT_VERSION;

    @Schema(description = "UTC; ignored on import")
    public LocalDateTime exportedAt;

    @NotNull
    @Valid
    public OrganisationRequest organisation;

    @Size(max = 100_000)
    public List<@NotNull MeasureEntry> measures = new ArrayList<>();

    @Size(max = 100_000)
    public List<@NotNull ChannelEntry> channels = new ArrayList<>();

    @Size(max = 100_000)
    public List<@NotNull ProcessorEntry> processors = new ArrayList<>();

    @Size(max = 100_000)
    public List<@NotNull TransferEntry> transfers = new ArrayList<>();

    @Size(max = 100_000)
    public List<@NotNull ActivityEntry> activities = new ArrayList<>();

    /** A measure; {@code catalogueCode} names the catalogue measure it adopts. */
    @Schema(name = "RegisterDocumentMeasure")
    public static class MeasureEntry extends MeasureRequest {
        public String key;
        public String catalogueCode;
    }

    /** A channel; {@code serviceCode} names the messenger service. */
    @Schema(name = "RegisterDocumentChannel")
    public static class ChannelEntry extends ChannelRequest {
        public String key;
        public String serviceCode;
        public List<String> measureKeys = new ArrayList<>();
    }

    /** A processor. */
    @Schema(name = "RegisterDocumentProcessor")
    public static class ProcessorEntry extends ProcessorRequest {
        public String key;
        public String mainProcessorKey;
        public List<String> serviceCodes = new ArrayList<>();
        public List<String> channelKeys = new ArrayList<>();
    }

    /** A transfer. */
    @Schema(name = "RegisterDocumentTransfer")
    public static class TransferEntry extends TransferRequest {
        public String key;
        public String processorKey;
        public List<String> channelKeys = new ArrayList<>();
    }

    /** An activity; each recipient may name a processor by key in {@code recipientProcessorKeys} (same order). */
    @Schema(name = "RegisterDocumentActivity")
    public static class ActivityEntry extends ActivityRequest {
        public String key;
        public List<String> recipientProcessorKeys = new ArrayList<>();
        public List<String> channelKeys = new ArrayList<>();
        public List<String> measureKeys = new ArrayList<>();
        public List<String> transferKeys = new ArrayList<>();
    }
}
