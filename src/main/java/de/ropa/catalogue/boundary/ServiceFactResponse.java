package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.FactSource;
import de.ropa.catalogue.entity.FactState;
import de.ropa.catalogue.entity.FactTopic;
import de.ropa.catalogue.entity.MessengerService;
import de.ropa.catalogue.entity.ServiceFact;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One fact of a catalogue service with its provenance, as the API shows it. */
@Schema(name = "ServiceFact")
public record ServiceFactResponse(
        FactTopic topic,
        @Schema(description = "What the service's field for the topic says (a code of that field, or its text)") String value,
        FactState state, String textDe, String textEn, LocalDate checkedOn, String checkedBy, List<Source> sources) implements java.io.Serializable {

    /** A document the fact rests on. */
    @Schema(name = "FactSourceResponse")
    public record Source(String title, String publisher, String url, LocalDate documentDate) implements java.io.Serializable {

        static Source from(FactSource s) {
            return new Source(s.getTitle(), s.getPublisher(), s.getUrl(), s.getDocumentDate());
        }
    }

    static ServiceFactResponse from(MessengerService service, ServiceFact f) {
        Object value = service.valueOf(f.getTopic());
        return new ServiceFactResponse(f.getTopic(), value == null ? null : Objects.toString(value), f.getState(),
                f.getTextDe(), f.getTextEn(), f.getCheckedOn(), f.getCheckedBy(),
                f.getSources().stream().map(Source::from).toList());
    }

    static List<ServiceFactResponse> of(MessengerService service, List<ServiceFact> facts) {
        return facts.stream().sorted(Comparator.comparing(ServiceFact::getTopic)).map(f -> from(service, f)).toList();
    }
}
