package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.FactState;
import de.ropa.catalogue.entity.FactTopic;
import de.ropa.catalogue.entity.ServiceFact;
import de.ropa.platform.entity.Lengths;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One fact of a catalogue service as a client sends it: the statement in both languages, its sources, when and by
 * whom it was checked, and its state. The value it states is the service's field for the topic.
 */
@Schema(name = "ServiceFactRequest")
public class ServiceFactRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(required = true)
    @NotNull
    public FactTopic topic;

    @Schema(description = "VERIFIED needs at least one source with an address and a check date", required = true)
    @NotNull
    public FactState state;

    @Schema(example = "WhatsApp Ireland Limited, Dublin, ist Anbieter für Nutzer in der Europäischen Region.")
    @Size(max = Lengths.TEXT)
    public String textDe;

    @Schema(example = "WhatsApp Ireland Limited, Dublin, provides the service to users in the European Region.")
    @Size(max = Lengths.TEXT)
    public String textEn;

    @Schema(description = "When the fact was last checked against its sources", example = "2026-11-30")
    public LocalDate checkedOn;

    @Schema(description = "Who checked it", example = "Katalogpflege")
    @Size(max = Lengths.NAME)
    public String checkedBy;

    @Valid
    @Size(max = 20)
    public List<@NotNull FactSourceRequest> sources = new ArrayList<>();

    static ServiceFactRequest from(ServiceFactResponse f) {
        ServiceFactRequest r = new ServiceFactRequest();
        r.topic = f.topic();
        r.state = f.state();
        r.textDe = f.textDe();
        r.textEn = f.textEn();
        r.checkedOn = f.checkedOn();
        r.checkedBy = f.checkedBy();
        r.sources = new ArrayList<>(f.sources().stream().map(FactSourceRequest::from).toList());
        return r;
    }

    /** A fact may say "verified" only when someone checked it on a known day against a source one can find. */
    boolean verifiedWithoutSource() {
        return state == FactState.VERIFIED
                && (checkedOn == null || sources == null || sources.stream().noneMatch(FactSourceRequest::locatable));
    }

    /** Copies the statement onto the entity. */
    void applyTo(ServiceFact fact) {
        fact.setState(state);
        fact.setTextDe(blankToNull(textDe));
        fact.setTextEn(blankToNull(textEn));
        fact.setCheckedOn(checkedOn);
        fact.setCheckedBy(blankToNull(checkedBy));
        fact.setSources(sources == null ? List.of() : sources.stream().map(FactSourceRequest::toSource).toList());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
