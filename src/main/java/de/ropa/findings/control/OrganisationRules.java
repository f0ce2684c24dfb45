package de.ropa.findings.control;

import static de.ropa.findings.entity.Severity.HIGH;
import static de.ropa.findings.entity.Severity.MEDIUM;

import de.ropa.findings.entity.Severity;
import de.ropa.organisations.boundary.OrganisationFacts;
import de.ropa.platform.entity.ObjectKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** The rules on the controller's own details (Art. 30(1)(a), Art. 37). */
public final class OrganisationRules {

    public static final List<Rule<OrganisationFacts>> ALL = List.of(
            rule("ORG-CONTROLLER-INCOMPLETE", MEDIUM, (o, today) -> {
                List<String> missing = missingControllerDetails(o);
                return missing.isEmpty() ? null : Evidence.of("missing", missing);
            }),
            rule("ORG-PUBLIC-BODY-NO-DPO", HIGH, (o, today) -> o.type() != null && o.type().isPublic() && noReachableDpo(o)
                    ? Evidence.of("type", o.type(), "dpoName", o.dpoName(), "dpoContact", dpoContact(o)) : null),
            // a public body's missing DPO is the finding above, not this one as well
            rule("ORG-NO-DPO", MEDIUM, (o, today) -> (o.type() == null || !o.type().isPublic()) && noReachableDpo(o)
                    ? Evidence.of("dpoName", o.dpoName(), "dpoContact", dpoContact(o)) : null));

    private OrganisationRules() {
    }

    private static Rule<OrganisationFacts> rule(String id, Severity severity,
                                                BiFunction<OrganisationFacts, LocalDate, Evidence> check) {
        return new Rule<>(id, severity, ObjectKind.ORGANISATION, check);
    }

    static List<String> missingControllerDetails(OrganisationFacts organisation) {
        List<String> missing = new ArrayList<>();
        if (blank(organisation.street()) || blank(organisation.postalCode()) || blank(organisation.city())) {
            missing.add("address");
        }
        if (blank(organisation.email()) && blank(organisation.phone())) {
            missing.add("contact");
        }
        return missing;
    }

    static boolean noReachableDpo(OrganisationFacts o) {
        return blank(o.dpoName()) || blank(o.dpoEmail()) && blank(o.dpoPhone());
    }

    private static String dpoContact(OrganisationFacts o) {
        return blank(o.dpoEmail()) && blank(o.dpoPhone()) ? "" : "given";
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
