package de.ropa.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.catalogue.entity.FactState;
import de.ropa.catalogue.entity.FactTopic;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The messenger catalogue the application ships: every service a German DPO meets, every topic stated once in German
 * and English, and nothing "verified" that has no check date and no source one can find.
 */
class ShippedCatalogueTest {

    private static final CatalogueSeed SEED = CatalogueSeed.shipped();
    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void itCoversTheServicesAGermanDpoMeets() {
        Set<String> codes = SEED.services.stream().map(s -> s.code).collect(Collectors.toSet());
        List<String> expected = List.of("whatsapp-consumer-app", "whatsapp-business-app", "whatsapp-business-platform",
                "microsoft-teams", "slack", "signal", "threema", "threema-work", "threema-onprem", "wire", "element-hosted",
                "element-matrix", "telegram", "imessage", "messenger-instagram", "google-chat", "webex", "zoom-team-chat",
                "ginlo", "teamwire", "stackfield", "nextcloud-talk", "ti-messenger", "bundesmessenger", "sms");
        assertEquals(Set.copyOf(expected), codes);
        assertEquals(codes.size(), SEED.services.size(), "codes are unique");
        assertTrue(SEED.edition.matches("\\d{4}-\\d{2}-\\d{2}"), "an edition is named by its research day: " + SEED.edition);
    }

    @Test
    void everyServiceIsAValidRequestWithEveryTopicOnceInBothLanguages() {
        for (MessengerServiceRequest service : SEED.services) {
            assertEquals(Set.of(), validator.validate(service).stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.toSet()), service.code);
            assertEquals(Arrays.asList(FactTopic.values()), service.facts.stream().map(f -> f.topic).toList(), service.code);
            for (ServiceFactRequest fact : service.facts) {
                assertFalse(fact.textDe == null || fact.textDe.isBlank(), service.code + " " + fact.topic + " German");
                assertFalse(fact.textEn == null || fact.textEn.isBlank(), service.code + " " + fact.topic + " English");
            }
        }
    }

    @Test
    void nothingIsVerifiedWithoutACheckDateAndALocatableSource() {
        for (MessengerServiceRequest service : SEED.services) {
            assertEquals(List.of(), service.factProblems().stream().map(p -> p.field()).toList(), service.code);
            for (ServiceFactRequest fact : service.facts) {
                if (fact.state == FactState.VERIFIED) {
                    assertTrue(fact.sources.stream().anyMatch(s -> s.url != null && s.url.startsWith("http")
                            && s.title != null && !s.title.isBlank()), service.code + " " + fact.topic);
                }
            }
        }
    }

    /** The check only works if it can fail: a verified fact without source is refused, as the API refuses it. */
    @Test
    void aVerifiedFactWithoutSourceIsRefused() {
        MessengerServiceRequest service = CatalogueSeed.shipped().services.get(0);
        ServiceFactRequest fact = service.facts.stream().filter(f -> f.state == FactState.VERIFIED).findFirst().orElseThrow();
        fact.sources.forEach(source -> source.url = null);
        assertFalse(service.factProblems().isEmpty());
    }

    @Test
    void theStatesAreReported() {
        Map<FactState, Long> states = new TreeMap<>(SEED.services.stream().flatMap(s -> s.facts.stream())
                .collect(Collectors.groupingBy(f -> f.state, Collectors.counting())));
        System.out.println("Shipped catalogue " + SEED.edition + ": " + SEED.services.size() + " services, facts by state " + states);
        assertTrue(states.getOrDefault(FactState.VERIFIED, 0L) > 0);
        assertTrue(states.getOrDefault(FactState.UNVERIFIED, 0L) > 0, "what could not be confirmed stays unverified");
    }
}
