package de.ropa.findings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.catalogue.entity.ServiceVariant;
import de.ropa.organisations.entity.OrganisationType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Findings that look at one cause from two sides name each other; unrelated ones name nothing. */
class RelatedRulesTest {

    @Test
    void aConsumerAppInHealthCareNamesTheConsumerAppFindingAndBack() {
        Fixtures.Channel channel = new Fixtures.Channel();
        channel.organisationType = OrganisationType.HEALTH_CARE;
        channel.service.variant = ServiceVariant.CONSUMER_APP;
        RegisterFacts facts = new RegisterFacts(List.of(), List.of(), List.of(channel.build()), List.of(), List.of());

        Map<String, List<String>> related = FindingEvaluator.evaluate(facts, Fixtures.TODAY).stream()
                .collect(Collectors.toMap(f -> f.rule().id(), Finding::related));

        assertEquals(List.of("CH-CONSUMER-APP-HEALTH-CARE.7"), related.get("CH-CONSUMER-APP"));
        assertEquals(List.of("CH-CONSUMER-APP.7"), related.get("CH-CONSUMER-APP-HEALTH-CARE"));
    }

    @Test
    void everyRelatedRuleExists() {
        RuleCatalogue.ALL.forEach(rule -> RelatedRules.of(rule.id())
                .forEach(other -> assertTrue(RuleCatalogue.byId(other).isPresent(), rule.id() + " → " + other)));
        assertEquals(List.of(), RelatedRules.link(List.of()), "nothing to link");
    }
}
