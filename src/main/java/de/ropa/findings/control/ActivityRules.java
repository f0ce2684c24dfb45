package de.ropa.findings.control;

import static de.ropa.findings.entity.Severity.HIGH;
import static de.ropa.findings.entity.Severity.INFO;
import static de.ropa.findings.entity.Severity.LOW;
import static de.ropa.findings.entity.Severity.MEDIUM;

import de.ropa.activities.boundary.ActivityFacts;
import de.ropa.activities.boundary.ActivityFacts.ChannelLink;
import de.ropa.activities.boundary.ActivityFacts.DataCategoryFacts;
import de.ropa.activities.boundary.ActivityFacts.PurposeFacts;
import de.ropa.activities.boundary.ActivityFacts.RecipientFacts;
import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.DpiaDecision;
import de.ropa.activities.entity.LegalBasis;
import de.ropa.activities.entity.RecordType;
import de.ropa.catalogue.entity.ProviderRole;
import de.ropa.findings.entity.Severity;
import de.ropa.platform.entity.ObjectKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/** The rules on processing activities (Art. 30(1) and (2), Art. 6, 9 and 35; src/docs/domain.md sections 1 and 2). */
public final class ActivityRules {

    /**
     * "§ 26 BDSG", "§ 26 Abs. 1 BDSG", "§ 26 Abs. 1 S. 1 BDSG", "§ 26 (1) BDSG", "Section 26(1) BDSG": the employment
     * clause as a whole or its paragraph 1, not paragraphs 2 to 8 (e.g. § 26 Abs. 3 for special categories).
     */
    private static final Pattern SECTION_26_PARAGRAPH_1 = Pattern.compile(
            "(§|Section|Sec\\.)\\s*26(\\s*(Abs\\.?|Absatz|para\\.?)\\s*1\\b|\\s*\\(1\\))?(\\s*(S\\.|Satz|sentence)\\s*\\d)?"
                    + "\\s*(des\\s+|of\\s+the\\s+)?BDSG", Pattern.CASE_INSENSITIVE);

    public static final List<Rule<ActivityFacts>> ALL = List.of(
            rule("ACT-ART30-INCOMPLETE", HIGH, (a, today) -> {
                List<String> missing = missingArt30Fields(a);
                return missing.isEmpty() ? null : Evidence.of("recordType", a.recordType(), "missing", missing);
            }),
            rule("ACT-NO-ERASURE-PERIOD", LOW, (a, today) -> {
                List<String> without = a.dataCategories().stream().filter(d -> !d.erasurePeriodStated())
                        .map(DataCategoryFacts::name).toList();
                return a.recordType() == RecordType.CONTROLLER && !without.isEmpty()
                        ? Evidence.of("dataCategoriesWithoutErasurePeriod", without) : null;
            }),
            rule("ACT-NO-TOMS", MEDIUM, (a, today) -> a.measures() == 0 && !a.tomSummary()
                    ? Evidence.of("measures", 0, "tomSummary", "") : null),
            rule("ACT-SPECIAL-NO-DPIA", HIGH, (a, today) -> special(a) && a.dpiaDecision() == null
                    ? Evidence.of("specialCategories", true, "dpiaDecision", "") : null),
            rule("ACT-SPECIAL-NO-ART9", HIGH, (a, today) -> a.recordType() == RecordType.CONTROLLER
                    && specialData(a) && a.purposes().stream().allMatch(p -> p.art9Condition() == null)
                    ? Evidence.of("specialCategories", true, "art9Condition", "") : null),
            rule("ACT-DPIA-OUTSTANDING", MEDIUM, (a, today) -> a.dpiaDecision() == DpiaDecision.REQUIRED
                    ? Evidence.of("dpiaDecision", a.dpiaDecision()) : null),
            rule("ACT-NO-BALANCING-TEST", LOW, (a, today) -> a.purposes().stream().anyMatch(
                    p -> p.legalBasis() == LegalBasis.F_LEGITIMATE_INTERESTS && !p.balancingTestReferenced())
                    ? Evidence.of("legalBasis", LegalBasis.F_LEGITIMATE_INTERESTS, "balancingTestReference", "") : null),
            rule("ACT-BDSG-26-BASIS", INFO, (a, today) -> {
                List<String> sources = a.purposes().stream().map(PurposeFacts::statutorySource)
                        .filter(ActivityRules::citesSection26Paragraph1).toList();
                return sources.isEmpty() ? null : Evidence.of("statutorySource", sources);
            }),
            rule("ACT-PUBLIC-BODY-LEGITIMATE-INTEREST", HIGH, (a, today) -> a.organisationType() != null && a.organisationType().isPublic()
                    && a.purposes().stream().anyMatch(p -> p.legalBasis() == LegalBasis.F_LEGITIMATE_INTERESTS)
                    ? Evidence.of("organisationType", a.organisationType(), "legalBasis", LegalBasis.F_LEGITIMATE_INTERESTS) : null),
            rule("ACT-CHANNEL-WITHOUT-TRANSFER", MEDIUM, (a, today) -> {
                List<String> channels = channelsWithoutTransfer(a).stream().map(ChannelLink::channelName).toList();
                return channels.isEmpty() ? null : Evidence.of("channels", channels, "transfers", 0);
            }),
            rule("ACT-PROVIDER-NOT-RECIPIENT", MEDIUM, (a, today) -> {
                List<String> providers = a.channels().stream().filter(c -> !providerNamed(a, c))
                        .map(c -> c.service().name()).distinct().toList();
                return providers.isEmpty() ? null : Evidence.of("services", providers);
            }),
            rule("ACT-RECIPIENT-WITHOUT-TRANSFER", MEDIUM, (a, today) -> {
                List<String> recipients = a.recipients().stream().filter(r -> outsideEea(r.country())
                        && !transferCovers(a, r) && !providerOfChannelWithoutTransfer(a, r))
                        .map(r -> r.name() + " (" + r.country() + ")").toList();
                return recipients.isEmpty() ? null : Evidence.of("recipients", recipients);
            }),
            rule("ACT-REVIEW-OVERDUE", LOW, (a, today) -> a.nextReviewOn() != null && a.nextReviewOn().isBefore(today)
                    ? Evidence.of("nextReviewOn", a.nextReviewOn()) : null),
            rule("ACT-NEVER-APPROVED", LOW, (a, today) -> a.status() != ActivityStatus.RETIRED && !a.everApproved()
                    ? Evidence.of("approved", false) : null));


    private ActivityRules() {
    }

    private static Rule<ActivityFacts> rule(String id, Severity severity, BiFunction<ActivityFacts, LocalDate, Evidence> check) {
        return new Rule<>(id, severity, ObjectKind.ACTIVITY, check);
    }

    /** The Art. 30 fields the record leaves empty; a processor record must name the controller it acts for. */
    static List<String> missingArt30Fields(ActivityFacts activity) {
        List<String> missing = new ArrayList<>();
        if (activity.recordType() == RecordType.PROCESSOR && !activity.clientControllerNamed()) {
            missing.add("clientController");
        }
        if (activity.purposes().isEmpty()) {
            missing.add("purposes");
        }
        if (activity.recordType() == RecordType.CONTROLLER && activity.subjectCategories() == 0) {
            missing.add("subjectCategories");
        }
        if (activity.recordType() == RecordType.CONTROLLER && activity.dataCategories().isEmpty()) {
            missing.add("dataCategories");
        }
        return missing;
    }

    static boolean citesSection26Paragraph1(String statutorySource) {
        return statutorySource != null && SECTION_26_PARAGRAPH_1.matcher(statutorySource).find();
    }

    /**
     * Whether the activity's recipients name the provider of a channel it runs over: a processor recorded for the
     * channel or its service, or a recipient whose name names the service or its provider. A self-hosted service has no
     * provider to name.
     */
    static boolean providerNamed(ActivityFacts activity, ChannelLink channel) {
        if (channel.service().providerRole() == ProviderRole.SELF_HOSTED) {
            return true;
        }
        String service = firstWord(channel.service().name());
        String provider = firstWord(channel.service().provider());
        return activity.recipients().stream().anyMatch(r -> r.processorId() != null && channel.processors().contains(r.processorId())
                || r.name() != null && (r.name().toLowerCase(Locale.ROOT).contains(service)
                || r.name().toLowerCase(Locale.ROOT).contains(provider)));
    }

    private static String firstWord(String name) {
        return name == null || name.isBlank() ? "\u0000" : name.toLowerCase(Locale.ROOT).split("[\\s/(,]+")[0];
    }

    /**
     * The channels over a third country with no transfer recorded for them: none names the channel, and none of the
     * activity's transfers names a processor recorded for the channel or its service.
     */
    static List<ChannelLink> channelsWithoutTransfer(ActivityFacts activity) {
        return activity.channels().stream()
                .filter(c -> c.service().serverRegion().transfersToThirdCountry() && !c.transferRecorded()
                        && c.processors().stream().noneMatch(activity.transferProcessors()::contains)).toList();
    }

    /** The recipient is the provider of such a channel: ACT-CHANNEL-WITHOUT-TRANSFER already names that gap. */
    static boolean providerOfChannelWithoutTransfer(ActivityFacts activity, RecipientFacts recipient) {
        return recipient.processorId() != null && channelsWithoutTransfer(activity).stream()
                .anyMatch(c -> c.processors().contains(recipient.processorId()));
    }

    static boolean outsideEea(String country) {
        return country != null && !country.isBlank() && !TransferRules.EEA.contains(country.toUpperCase(Locale.ROOT));
    }

    /** A transfer to the recipient's country is recorded for the activity, or for the processor the recipient names. */
    static boolean transferCovers(ActivityFacts activity, RecipientFacts recipient) {
        String country = recipient.country().toUpperCase(Locale.ROOT);
        return activity.transferCountries().stream().anyMatch(country::equalsIgnoreCase)
                || recipient.processorTransferCountries().stream().anyMatch(country::equalsIgnoreCase);
    }

    static boolean specialData(ActivityFacts activity) {
        return activity.dataCategories().stream().anyMatch(DataCategoryFacts::specialCategory);
    }

    static boolean special(ActivityFacts activity) {
        return specialData(activity) || activity.purposes().stream().map(PurposeFacts::art9Condition).anyMatch(c -> c != null);
    }
}
