package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.FactState;
import de.ropa.catalogue.entity.FactTopic;
import de.ropa.catalogue.entity.ServiceFact;
import de.ropa.platform.faces.Labels;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The facts of a catalogue service as the screens show them, in the page's language: value, state, when checked,
 * the statement and its sources. A topic without a fact shows as unverified; a check older than a year as due.
 */
@Named
@RequestScoped
public class FactViews {

    @Inject
    Labels labels;

    @Inject
    CatalogueService catalogue;

    /** One fact on a screen. */
    public record FactView(String topic, String value, FactState state, String stateLabel, LocalDate checkedOn,
                           String checkedBy, String text, List<ServiceFactResponse.Source> sources, boolean checkDue) {
    }

    public List<FactView> of(MessengerServiceResponse service) {
        Map<FactTopic, ServiceFactResponse> facts = service.facts().stream()
                .collect(Collectors.toMap(ServiceFactResponse::topic, Function.identity()));
        boolean german = "de".equals(labels.language());
        LocalDate today = LocalDate.now();
        return Arrays.stream(FactTopic.values()).map(topic -> {
            ServiceFactResponse fact = facts.get(topic);
            String value = value(service, topic, german);
            if (fact == null) {
                return new FactView(labels.of(topic), value, FactState.UNVERIFIED, labels.of(FactState.UNVERIFIED), null,
                        null, null, List.of(), false);
            }
            String text = ServiceFact.statement(fact.textDe(), fact.textEn(), german);
            boolean due = ServiceFact.checkDue(fact.state(), fact.checkedOn(), today);
            return new FactView(labels.of(topic), value, fact.state(), labels.of(fact.state()), fact.checkedOn(),
                    fact.checkedBy(), text, fact.sources(), due);
        }).toList();
    }

    /** How many of the service's facts are verified, unverified and disputed, e.g. "7 geprüft · 2 ungeprüft · 1 strittig". */
    public String summary(MessengerServiceResponse service) {
        Map<FactState, Long> counts = of(service).stream().collect(Collectors.groupingBy(FactView::state, Collectors.counting()));
        return Arrays.stream(FactState.values()).filter(counts::containsKey)
                .map(state -> counts.get(state) + " " + labels.of(state)).collect(Collectors.joining(" · "));
    }

    public List<FactView> ofService(long serviceId) {
        return of(catalogue.serviceView(serviceId));
    }

    /** The value in the page's language; the free-text values (locations, metadata) are English, the statements say them in German. */
    private String value(MessengerServiceResponse s, FactTopic topic, boolean german) {
        return switch (topic) {
            case CONTRACTING_ENTITY -> s.providerCountry() == null ? s.provider() : s.provider() + " (" + s.providerCountry() + ")";
            case PROVIDER_ROLE -> labels.of(s.providerRole());
            case SERVER_LOCATIONS -> german || s.serverLocations() == null ? labels.of(s.serverRegion())
                    : labels.of(s.serverRegion()) + ": " + s.serverLocations();
            case PROCESSING_AGREEMENT -> labels.of(s.dpaOffered());
            case DPF_CERTIFICATION -> labels.of(s.dpfStatus());
            case END_TO_END_ENCRYPTION -> labels.of(s.e2eeScope());
            case METADATA -> german ? null : s.metadataCollected();
            case ADDRESS_BOOK -> labels.of(s.addressBookUpload());
            case BACKUP -> labels.of(s.backupEncryption());
            case DELETION -> labels.of(s.deletionOptions());
        };
    }

}
