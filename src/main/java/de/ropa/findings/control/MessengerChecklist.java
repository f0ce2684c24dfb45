package de.ropa.findings.control;

import de.ropa.catalogue.entity.ServiceVariant;
import de.ropa.channels.boundary.ChannelFacts;
import de.ropa.channels.entity.Audience;
import de.ropa.findings.entity.FindingState;
import de.ropa.organisations.entity.OrganisationType;
import de.ropa.platform.entity.Answer;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The messenger checklist of a channel (src/docs/domain.md, section 8): one row per measure, each watched by a rule, with
 * a row for every HIGH channel rule. A row is met while its rule raises nothing where it applies, not applicable where
 * its situation does not arise (an imprint for an internal chat), an accepted risk (never shown as met), open while its
 * finding is open, and to be found out while the channel answers the question "unknown". Shown on the channel page and in
 * the channel datasheet.
 */
public final class MessengerChecklist {

    /** How a row stands for one channel. */
    public enum Check {
        MET,
        NOT_APPLICABLE,
        ACCEPTED,
        OPEN,
        FIND_OUT
    }

    /** A row: its label key, the rule that watches it, when it applies, and the questions it waits for while unknown. */
    public record Item(String key, String ruleId, Predicate<ChannelFacts> applies, List<String> waitsFor) {

        Item(String key, String ruleId, Predicate<ChannelFacts> applies, String... waitsFor) {
            this(key, ruleId, applies, List.of(waitsFor));
        }
    }

    /** A row's state for one channel. */
    public record Row(String key, String ruleId, Check check) {
    }

    public static final List<Item> ITEMS = List.of(
            new Item("checklist.businessVariant", "CH-CONSUMER-APP", c -> true),
            new Item("checklist.healthCare", "CH-CONSUMER-APP-HEALTH-CARE",
                    c -> c.organisationType() == OrganisationType.HEALTH_CARE),
            new Item("checklist.school", "CH-CONSUMER-APP-SCHOOL", c -> c.organisationType() == OrganisationType.SCHOOL),
            new Item("checklist.solutionProvider", "CH-PLATFORM-NO-SOLUTION-PROVIDER",
                    c -> c.service().variant() == ServiceVariant.BUSINESS_PLATFORM),
            new Item("checklist.contactSync", "CH-CONTACT-SYNC", c -> true, "contactSync"),
            new Item("checklist.devices", "CH-PRIVATE-DEVICE", c -> true, "devices"),
            new Item("checklist.backup", "CH-UNENCRYPTED-BACKUP", c -> true, "backupMode"),
            new Item("checklist.specialCategories", "CH-SPECIAL-CATEGORIES", c -> true),
            new Item("checklist.art13", "CH-NO-ART13", ChannelRules::external, "art13Information"),
            new Item("checklist.employeeInformation", "CH-INTERNAL-NO-INFORMATION",
                    c -> c.audience() == Audience.INTERNAL, "art13Information"),
            // applies until third parties' data are known not to arrive; asks while that or the information is unknown
            new Item("checklist.art14", "CH-NO-ART14", c -> c.answers().thirdPartyData() != Answer.NO,
                    "thirdPartyData", "art14Information"),
            new Item("checklist.imprint", "CH-NO-IMPRINT",
                    c -> ChannelRules.external(c) && ChannelRules.BUSINESS_PROFILE.contains(c.service().variant())),
            new Item("checklist.consent", "CH-CONSENT-NOT-RECORDED", c -> !c.consentActivities().isEmpty()),
            new Item("checklist.privacyNotice", "CH-NOT-IN-PRIVACY-NOTICE", c -> true),
            new Item("checklist.businessRecords", "CH-BUSINESS-RECORDS", ChannelRules::external, "businessCorrespondence"));

    private MessengerChecklist() {
    }

    /** The rows for a channel, given its facts and the state of each of its findings by rule. */
    public static List<Row> rows(ChannelFacts channel, Map<String, FindingState> findings) {
        List<String> unknown = ChannelRules.unknownAnswers(channel);
        return ITEMS.stream().map(item -> new Row(item.key(), item.ruleId(), check(item, channel, findings, unknown))).toList();
    }

    private static Check check(Item item, ChannelFacts channel, Map<String, FindingState> findings, List<String> unknown) {
        FindingState finding = findings.get(item.ruleId());
        if (finding != null) {
            return finding == FindingState.ACCEPTED ? Check.ACCEPTED : Check.OPEN;
        }
        if (!item.applies().test(channel)) {
            return Check.NOT_APPLICABLE;
        }
        return item.waitsFor().stream().anyMatch(unknown::contains) ? Check.FIND_OUT : Check.MET;
    }
}
