package de.ropa.findings.control;

import static de.ropa.findings.entity.Severity.HIGH;
import static de.ropa.findings.entity.Severity.INFO;
import static de.ropa.findings.entity.Severity.LOW;

import de.ropa.findings.entity.Severity;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.processors.boundary.ProcessorFacts;
import de.ropa.processors.entity.AgreementStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/** The rules on processors and their processing agreements (Art. 28; src/docs/domain.md section 4). */
public final class ProcessorRules {

    /** How far ahead an agreement's end is announced. */
    static final int EXPIRY_NOTICE_DAYS = 90;

    public static final List<Rule<ProcessorFacts>> ALL = List.of(
            // a consumer app's provider is its own controller: CH-CONSUMER-APP on the channels is that finding
            rule("PROC-NO-AGREEMENT", HIGH, (p, today) -> (p.agreementStatus() == AgreementStatus.NOT_AVAILABLE
                    || p.agreementStatus() == AgreementStatus.REQUESTED) && !p.consumerAppsOnly()
                    ? Evidence.of("agreementStatus", p.agreementStatus()) : null),
            rule("PROC-AGREEMENT-ENDED", HIGH, (p, today) -> ended(p, today)
                    ? Evidence.of("agreementStatus", p.agreementStatus(), "validUntil", p.validUntil(), "inUse", p.inUse()) : null),
            rule("PROC-AGREEMENT-UNDOCUMENTED", LOW, (p, today) -> p.agreementStatus() == AgreementStatus.SIGNED
                    && p.signedOn() == null && !p.documentReferenced()
                    ? Evidence.of("agreementStatus", p.agreementStatus(), "signedOn", "", "documentReference", "") : null),
            rule("PROC-AGREEMENT-REVIEW-DUE", LOW, (p, today) -> p.agreementStatus() == AgreementStatus.SIGNED
                    && p.reviewOn() != null && p.reviewOn().isBefore(today)
                    ? Evidence.of("reviewOn", p.reviewOn()) : null),
            rule("PROC-AGREEMENT-EXPIRING", INFO, (p, today) -> p.agreementStatus() == AgreementStatus.SIGNED
                    && p.validUntil() != null && !p.validUntil().isBefore(today)
                    && !p.validUntil().isAfter(today.plusDays(EXPIRY_NOTICE_DAYS))
                    ? Evidence.of("validUntil", p.validUntil()) : null));

    private ProcessorRules() {
    }

    private static Rule<ProcessorFacts> rule(String id, Severity severity, BiFunction<ProcessorFacts, LocalDate, Evidence> check) {
        return new Rule<>(id, severity, ObjectKind.PROCESSOR, check);
    }

    /** Expired, past its end date, or terminated while a channel or activity still uses the processor. */
    static boolean ended(ProcessorFacts processor, LocalDate today) {
        return switch (processor.agreementStatus()) {
            case EXPIRED -> true;
            case TERMINATED -> processor.inUse();
            case SIGNED -> processor.validUntil() != null && processor.validUntil().isBefore(today);
            default -> false;
        };
    }
}
