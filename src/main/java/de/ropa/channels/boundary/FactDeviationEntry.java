package de.ropa.channels.boundary;

import de.ropa.catalogue.entity.FactTopic;
import de.ropa.channels.entity.FactDeviation;
import de.ropa.platform.entity.Lengths;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The organisation's own arrangement with the provider on one topic, where it differs from the catalogue. */
@Schema(name = "FactDeviation")
public class FactDeviationEntry implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(required = true)
    @NotNull
    public FactTopic topic;

    @Schema(example = "Eigener Vertrag mit Speicherung ausschließlich in Frankfurt (EU Data Boundary)", required = true)
    @NotBlank
    @Size(max = Lengths.TEXT)
    public String statement;

    @Schema(description = "The document it rests on", example = "Rahmenvertrag Nr. 2026-17, Anlage 3")
    @Size(max = Lengths.SHORT_TEXT)
    public String evidence;

    static FactDeviationEntry from(FactDeviation d) {
        FactDeviationEntry e = new FactDeviationEntry();
        e.topic = d.getTopic();
        e.statement = d.getStatement();
        e.evidence = d.getEvidence();
        return e;
    }

    FactDeviation toDeviation() {
        return new FactDeviation(topic, statement.strip(), evidence == null || evidence.isBlank() ? null : evidence.strip());
    }
}
