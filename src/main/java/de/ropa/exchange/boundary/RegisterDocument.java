package de.ropa.exchange.boundary;

import de.ropa.platform.entity.Lengths;
import de.ropa.platform.boundary.JsonContract;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One organisation's whole register, in a format of its own: the entries are not the API's requests, so the API
 * can change without changing documents already written. Entries link each other by {@code key} and name catalogue
 * objects by code. A document of an earlier {@code formatVersion} is brought up to date before it is read
 * ({@link DocumentVersions}).
 */
@Schema(name = "RegisterDocument", description = "An organisation's whole register for export and import")
@JsonbPropertyOrder({"format", "formatVersion", "exportedAt", "organisation", "measures", "channels", "processors",
        "transfers", "activities"})
@JsonContract.CheckedByItsReader
public class RegisterDocument {

    public static final String FORMAT = "ropa-register";

    /**
     * 4: a channel answers contact sync and the Art. 13 information with YES, NO or UNKNOWN (true and false still read),
     * and gains the questions on third parties' data, business correspondence, disappearing messages and a works
     * agreement, and its own deviations from the catalogue; organisation types SCHOOL and HEALTH_CARE.
     * 3: the organisation's {@code organisationType}. 2: a recipient names its processor by {@code processorKey} (1: a
     * parallel list {@code recipientProcessorKeys}). A version rises with every change a reader of the version before
     * would refuse or misread, a new property included (the import refuses properties it does not know).
     */
    public static final int FORMAT_VERSION = 4;

    @Schema(example = FORMAT)
    @Size(max = Lengths.CODE)
    public String format = FORMAT;

    @Schema(description = "The format version: versions 1 to " + FORMAT_VERSION + " are read; export writes " + FORMAT_VERSION, example = "4")
    public Integer formatVersion = FORMAT_VERSION;

    @Schema(description = "UTC; ignored on import")
    public LocalDateTime exportedAt;

    @NotNull
    @Valid
    public DocumentOrganisation organisation;

    @Size(max = 100_000)
    public List<@NotNull DocumentMeasure> measures = new ArrayList<>();

    @Size(max = 100_000)
    public List<@NotNull DocumentChannel> channels = new ArrayList<>();

    @Size(max = 100_000)
    public List<@NotNull DocumentProcessor> processors = new ArrayList<>();

    @Size(max = 100_000)
    public List<@NotNull DocumentTransfer> transfers = new ArrayList<>();

    @Size(max = 100_000)
    public List<@NotNull DocumentActivity> activities = new ArrayList<>();

    /** The version the document was written in, set when it is read: older versions cannot state everything. */
    @JsonbTransient
    @Schema(hidden = true)
    public int writtenInVersion = FORMAT_VERSION;

    /** Whether the document's version could state the organisation's type (format 3 added it). */
    boolean statesOrganisationType() {
        return writtenInVersion >= 3;
    }

    /** A list left out (or null) has no entries. */
    void withEmptyListsForMissingOnes() {
        measures = measures == null ? new ArrayList<>() : measures;
        channels = channels == null ? new ArrayList<>() : channels;
        processors = processors == null ? new ArrayList<>() : processors;
        transfers = transfers == null ? new ArrayList<>() : transfers;
        activities = activities == null ? new ArrayList<>() : activities;
    }
}
