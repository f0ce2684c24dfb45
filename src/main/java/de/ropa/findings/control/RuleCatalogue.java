package de.ropa.findings.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every rule of the product, in the order the catalogue lists them. */
public final class RuleCatalogue {

    public static final List<Rule<?>> ALL;
    private static final Map<String, Rule<?>> BY_ID;

    static {
        List<Rule<?>> all = new ArrayList<>();
        all.addAll(OrganisationRules.ALL);
        all.addAll(ActivityRules.ALL);
        all.addAll(ChannelRules.ALL);
        all.addAll(ProcessorRules.ALL);
        all.addAll(TransferRules.ALL);
        ALL = Collections.unmodifiableList(all);
        BY_ID = all.stream().collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));
    }

    private RuleCatalogue() {
    }

    public static Optional<Rule<?>> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }
}
