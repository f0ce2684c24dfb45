package de.ropa.findings.control;

import de.ropa.activities.boundary.ActivityFacts;
import de.ropa.activities.entity.ActivityStatus;
import de.ropa.channels.boundary.ChannelFacts;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.organisations.boundary.OrganisationFacts;
import de.ropa.processors.boundary.ProcessorFacts;
import de.ropa.transfers.boundary.TransferFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Runs the rule catalogue over loaded facts. Pure: no database, no clock of its own, so every rule can
 * be tested without a server. Retired activities and channels are history and raise nothing.
 */
public final class FindingEvaluator {

    private FindingEvaluator() {
    }

    public static List<Finding> evaluate(RegisterFacts facts, LocalDate today) {
        List<Finding> findings = new ArrayList<>();
        apply(OrganisationRules.ALL, facts.organisations(), OrganisationFacts::id, OrganisationFacts::id,
                OrganisationFacts::name, today, findings);
        apply(ActivityRules.ALL, facts.activities().stream().filter(a -> a.status() != ActivityStatus.RETIRED).toList(),
                ActivityFacts::organisationId, ActivityFacts::id, ActivityFacts::name, today, findings);
        apply(ChannelRules.ALL, facts.channels().stream().filter(c -> c.status() != ChannelStatus.RETIRED).toList(),
                ChannelFacts::organisationId, ChannelFacts::id, ChannelFacts::name, today, findings);
        apply(ProcessorRules.ALL, facts.processors(), ProcessorFacts::organisationId, ProcessorFacts::id,
                ProcessorFacts::name, today, findings);
        apply(TransferRules.ALL, facts.transfers(), TransferFacts::organisationId, TransferFacts::id,
                TransferFacts::recipient, today, findings);
        return findings;
    }

    private static <T> void apply(List<Rule<T>> rules, List<T> objects, ToLongFunction<T> organisation,
                                  ToLongFunction<T> id, Function<T, String> name, LocalDate today, List<Finding> findings) {
        for (T object : objects) {
            List<Finding> raised = new ArrayList<>();
            for (Rule<T> rule : rules) {
                Evidence evidence = rule.evaluate(object, today);
                if (evidence != null) {
                    raised.add(new Finding(rule, organisation.applyAsLong(object), id.applyAsLong(object),
                            name.apply(object), evidence));
                }
            }
            findings.addAll(RelatedRules.link(raised));
        }
    }
}
