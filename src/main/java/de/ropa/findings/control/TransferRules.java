package de.ropa.findings.control;

import static de.ropa.findings.entity.Severity.HIGH;
import static de.ropa.findings.entity.Severity.INFO;
import static de.ropa.findings.entity.Severity.LOW;
import static de.ropa.findings.entity.Severity.MEDIUM;

import de.ropa.catalogue.entity.DpfStatus;
import de.ropa.findings.entity.Severity;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.transfers.boundary.TransferFacts;
import de.ropa.transfers.entity.Derogation;
import de.ropa.transfers.entity.TransferMechanism;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** The rules on third-country transfers (Chapter V, Art. 44–49; src/docs/domain.md section 5). */
public final class TransferRules {

    /** EU and EEA member states: a transfer there needs no Chapter V mechanism. */
    static final Set<String> EEA = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
            "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

    public static final List<Rule<TransferFacts>> ALL = List.of(
            rule("TR-NO-MECHANISM", HIGH, (t, today) -> t.mechanism() == TransferMechanism.NONE && !inEea(t)
                    ? Evidence.of("country", t.country(), "mechanism", t.mechanism()) : null),
            // the DPF carries transfers to certified organisations in the USA only
            rule("TR-DPF-AVAILABLE", LOW, (t, today) -> t.mechanism() == TransferMechanism.NONE && "US".equalsIgnoreCase(t.country())
                    && t.catalogueDpf().containsValue(DpfStatus.CERTIFIED)
                    ? Evidence.of("mechanism", t.mechanism(), "certifiedPerCatalogue", servicesWith(t, DpfStatus.CERTIFIED)) : null),
            rule("TR-DPF-NOT-CERTIFIED", HIGH, (t, today) -> t.mechanism() == TransferMechanism.DATA_PRIVACY_FRAMEWORK
                    && t.catalogueDpf().containsValue(DpfStatus.NOT_CERTIFIED)
                    ? Evidence.of("mechanism", t.mechanism(), "notCertifiedPerCatalogue", servicesWith(t, DpfStatus.NOT_CERTIFIED))
                    : null),
            rule("TR-DPF-NOT-VERIFIED", MEDIUM, (t, today) -> t.mechanism() == TransferMechanism.DATA_PRIVACY_FRAMEWORK
                    && (!t.dpfChecked() || t.dpfCheckedOn() == null || t.dpfCheckedOn().isBefore(today.minusYears(1)))
                    ? Evidence.of("mechanism", t.mechanism(), "dpfChecked", t.dpfChecked(), "dpfCheckedOn", t.dpfCheckedOn()) : null),
            rule("TR-DPF-LEGAL-RISK", INFO, (t, today) -> t.mechanism() == TransferMechanism.DATA_PRIVACY_FRAMEWORK
                    ? Evidence.of("mechanism", t.mechanism()) : null),
            rule("TR-SCC-NO-TIA", MEDIUM, (t, today) -> t.mechanism() == TransferMechanism.STANDARD_CONTRACTUAL_CLAUSES && !t.tiaDone()
                    ? Evidence.of("mechanism", t.mechanism(), "tiaDone", false) : null),
            rule("TR-BCR-NOT-APPROVED", MEDIUM, (t, today) -> t.mechanism() == TransferMechanism.BINDING_CORPORATE_RULES
                    && (!t.safeguardsDocumented() || !t.tiaDone())
                    ? Evidence.of("mechanism", t.mechanism(), "approvalDocumented", t.safeguardsDocumented(), "tiaDone", t.tiaDone())
                    : null),
            rule("TR-DEROGATION-REGULAR", MEDIUM, (t, today) -> t.mechanism() == TransferMechanism.DEROGATION_ART49
                    && t.channelsInUse() > 0
                    ? Evidence.of("mechanism", t.mechanism(), "channelsInUse", t.channelsInUse()) : null),
            rule("TR-DEROGATION-UNDOCUMENTED", MEDIUM, (t, today) -> t.mechanism() == TransferMechanism.DEROGATION_ART49
                    && t.derogation() == Derogation.SECOND_SUBPARAGRAPH && !t.safeguardsDocumented()
                    ? Evidence.of("derogation", t.derogation(), "safeguardsDocumentation", "") : null));

    private TransferRules() {
    }

    private static Rule<TransferFacts> rule(String id, Severity severity, BiFunction<TransferFacts, LocalDate, Evidence> check) {
        return new Rule<>(id, severity, ObjectKind.TRANSFER, check);
    }

    private static List<String> servicesWith(TransferFacts transfer, DpfStatus status) {
        return transfer.catalogueDpf().entrySet().stream().filter(e -> e.getValue() == status).map(Map.Entry::getKey).toList();
    }

    static boolean inEea(TransferFacts transfer) {
        return transfer.country() != null && EEA.contains(transfer.country().toUpperCase(Locale.ROOT));
    }
}
