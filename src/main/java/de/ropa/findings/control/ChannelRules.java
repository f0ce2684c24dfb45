package de.ropa.findings.control;

import static de.ropa.findings.entity.Severity.HIGH;
import static de.ropa.findings.entity.Severity.INFO;
import static de.ropa.findings.entity.Severity.LOW;
import static de.ropa.findings.entity.Severity.MEDIUM;

import de.ropa.catalogue.entity.AddressBookUpload;
import de.ropa.catalogue.entity.DeletionOptions;
import de.ropa.catalogue.entity.DpaOffer;
import de.ropa.catalogue.entity.FactState;
import de.ropa.catalogue.entity.FactTopic;
import de.ropa.catalogue.entity.ServiceVariant;
import de.ropa.channels.boundary.ChannelFacts;
import de.ropa.channels.boundary.ChannelFacts.Answers;
import de.ropa.channels.entity.Audience;
import de.ropa.channels.entity.BackupMode;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.channels.entity.Device;
import de.ropa.findings.entity.Severity;
import de.ropa.organisations.entity.OrganisationType;
import de.ropa.platform.entity.Answer;
import de.ropa.platform.entity.ObjectKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** The rules on messenger channels (src/docs/domain.md sections 3 and 8). */
public final class ChannelRules {

    static final Set<ServiceVariant> BUSINESS_PROFILE = Set.of(ServiceVariant.BUSINESS_APP, ServiceVariant.BUSINESS_PLATFORM);
    static final Set<DpaOffer> AGREEMENT_OFFERED = Set.of(DpaOffer.OFFERED, DpaOffer.OFFERED_FOR_HOSTING);

    public static final List<Rule<ChannelFacts>> ALL = List.of(
            rule("CH-CONSUMER-APP", HIGH, (c, today) -> c.service().variant() == ServiceVariant.CONSUMER_APP
                    ? Evidence.of("service", c.service().code(), "variant", c.service().variant()) : null),
            rule("CH-CONSUMER-APP-HEALTH-CARE", HIGH, (c, today) -> c.service().variant() == ServiceVariant.CONSUMER_APP
                    && c.organisationType() == OrganisationType.HEALTH_CARE
                    ? Evidence.of("organisationType", c.organisationType(), "service", c.service().code()) : null),
            rule("CH-CONSUMER-APP-SCHOOL", HIGH, (c, today) -> c.service().variant() == ServiceVariant.CONSUMER_APP
                    && c.organisationType() == OrganisationType.SCHOOL
                    ? Evidence.of("organisationType", c.organisationType(), "service", c.service().code()) : null),
            // the platform's provider is one processor, the business solution provider another
            rule("CH-PLATFORM-NO-SOLUTION-PROVIDER", HIGH, (c, today) -> c.service().variant() == ServiceVariant.BUSINESS_PLATFORM
                    && c.processors().size() < 2
                    ? Evidence.of("service", c.service().code(), "processorsRecorded", c.processors().size()) : null),
            rule("CH-CONTACT-SYNC", HIGH, (c, today) ->
                    c.contactSync() == Answer.YES && c.service().addressBookUpload() != AddressBookUpload.NONE
                            ? Evidence.of("contactSync", true, "service", c.service().code(),
                            "addressBookUpload", c.service().addressBookUpload()) : null),
            rule("CH-SPECIAL-CATEGORIES", HIGH, (c, today) -> c.specialCategories()
                    ? Evidence.of("specialCategories", true, "service", c.service().code()) : null),
            rule("CH-UNENCRYPTED-BACKUP", HIGH, (c, today) -> c.backupMode() == BackupMode.UNENCRYPTED_CLOUD
                    ? Evidence.of("backupMode", c.backupMode()) : null),
            rule("CH-PRIVATE-DEVICE", MEDIUM, (c, today) -> privatePhonesWithoutMdm(c)
                    ? Evidence.of("devices", c.devices()) : null),
            rule("CH-UNKNOWN-ANSWERS", MEDIUM, (c, today) -> {
                List<String> open = unknownAnswers(c);
                return open.isEmpty() ? null : Evidence.of("unknown", open);
            }),
            rule("CH-BUSINESS-RECORDS", MEDIUM, (c, today) -> {
                boolean privatePhones = privatePhonesWithoutMdm(c);
                boolean disappearing = c.answers().disappearingMessages() == Answer.YES;
                return c.answers().businessCorrespondence() == Answer.YES && (privatePhones || disappearing)
                        ? Evidence.of("businessCorrespondence", Answer.YES, "privatePhonesWithoutMdm", privatePhones,
                        "disappearingMessages", c.answers().disappearingMessages()) : null;
            }),
            rule("CH-NO-ART13", MEDIUM, (c, today) -> external(c) && c.art13Information() == Answer.NO
                    ? Evidence.of("audience", c.audience(), "art13Information", false) : null),
            rule("CH-INTERNAL-NO-INFORMATION", MEDIUM, (c, today) -> c.audience() == Audience.INTERNAL
                    && c.art13Information() == Answer.NO
                    ? Evidence.of("audience", c.audience(), "art13Information", false) : null),
            rule("CH-NO-ART14", MEDIUM, (c, today) -> receivesThirdPartyData(c) && c.answers().art14Information() == Answer.NO
                    ? Evidence.of("thirdPartyData", Answer.YES, "art14Information", Answer.NO) : null),
            // public bodies and schools have staff councils under personnel representation law, not the BetrVG (§ 130)
            rule("CH-WORKS-COUNCIL", INFO, (c, today) -> c.audience() == Audience.INTERNAL
                    && c.answers().worksAgreement() != Answer.YES && (c.organisationType() == null || !c.organisationType().isPublic())
                    ? Evidence.of("audience", c.audience(), "worksAgreement", c.answers().worksAgreement()) : null),
            rule("CH-NO-IMPRINT", LOW, (c, today) ->
                    external(c) && BUSINESS_PROFILE.contains(c.service().variant()) && !c.imprintInProfile()
                            ? Evidence.of("audience", c.audience(), "variant", c.service().variant(),
                            "imprintInProfile", false) : null),
            rule("CH-CONSENT-NOT-RECORDED", MEDIUM, (c, today) ->
                    !c.consentActivities().isEmpty() && !c.consentRecorded()
                            ? Evidence.of("consentActivities", c.consentActivities(), "consentRecording", "") : null),
            rule("CH-NOT-IN-PRIVACY-NOTICE", LOW, (c, today) -> !c.inPrivacyNotice()
                    ? Evidence.of("inPrivacyNotice", false) : null),
            rule("CH-NOT-IN-REGISTER", MEDIUM, (c, today) ->
                    c.status() == ChannelStatus.ACTIVE && c.activities().isEmpty()
                            ? Evidence.of("status", c.status(), "activities", 0) : null),
            rule("CH-NO-PROCESSOR", MEDIUM, (c, today) ->
                    AGREEMENT_OFFERED.contains(c.service().dpaOffered()) && !c.processorRecorded()
                            ? Evidence.of("service", c.service().code(), "dpaOffered", c.service().dpaOffered(),
                            "processorRecorded", false) : null),
            // a topic the organisation arranged itself (its own contract, a booked region) rests on its own documents
            rule("CH-SERVICE-UNVERIFIED", LOW, (c, today) -> {
                Map<FactTopic, FactState> unreliable = new EnumMap<>(FactTopic.class);
                unreliable.putAll(c.service().unreliable());
                unreliable.keySet().removeAll(c.deviations());
                List<FactTopic> stale = c.service().checksDue(today).stream()
                        .filter(topic -> !c.deviations().contains(topic)).toList();
                return unreliable.isEmpty() && stale.isEmpty() ? null : Evidence.of("service", c.service().code(),
                        "unverifiedFacts", topicsIn(unreliable, FactState.UNVERIFIED),
                        "disputedFacts", topicsIn(unreliable, FactState.DISPUTED), "factsCheckedOverAYearAgo", stale);
            }),
            rule("CH-SERVICE-CHANGED", MEDIUM, (c, today) -> serviceChangedSinceReview(c)
                    ? Evidence.of("service", c.service().code(), "factsChangedAt", c.service().factsChangedAt(),
                    "lastReviewedOn", c.lastReviewedOn()) : null),
            rule("CH-REVIEW-OVERDUE", LOW, (c, today) -> c.nextReviewOn() != null && c.nextReviewOn().isBefore(today)
                    ? Evidence.of("nextReviewOn", c.nextReviewOn()) : null),
            rule("CH-NEVER-REVIEWED", LOW, (c, today) -> c.status() != ChannelStatus.RETIRED && c.lastReviewedOn() == null
                    ? Evidence.of("lastReviewedOn", "") : null));

    private ChannelRules() {
    }

    private static Rule<ChannelFacts> rule(String id, Severity severity, BiFunction<ChannelFacts, LocalDate, Evidence> check) {
        return new Rule<>(id, severity, ObjectKind.CHANNEL, check);
    }

    private static List<FactTopic> topicsIn(Map<FactTopic, FactState> states, FactState state) {
        return states.entrySet().stream().filter(e -> e.getValue() == state).map(Map.Entry::getKey).toList();
    }

    static boolean privatePhonesWithoutMdm(ChannelFacts channel) {
        return channel.devices().contains(Device.PRIVATE_PHONE) && !channel.devices().contains(Device.MDM_CONTAINER);
    }

    /** Data of people outside the chat arrive (contact sync is CH-CONTACT-SYNC's own finding, not repeated here). */
    static boolean receivesThirdPartyData(ChannelFacts channel) {
        return channel.answers().thirdPartyData() == Answer.YES;
    }

    /**
     * The questions answered "unknown" that matter for this channel: contact sync, backups, devices, the information
     * of the people on it and of third parties; business correspondence unless the channel is internal; disappearing
     * messages where the service offers them; the Art. 14 information only where third parties' data arrive.
     */
    static List<String> unknownAnswers(ChannelFacts channel) {
        List<String> open = new ArrayList<>();
        if (channel.contactSync() == Answer.UNKNOWN) {
            open.add("contactSync");
        }
        if (channel.backupMode() == BackupMode.UNKNOWN) {
            open.add("backupMode");
        }
        if (channel.devices().isEmpty() || channel.devices().contains(Device.UNKNOWN)) {
            open.add("devices");
        }
        if (channel.art13Information() == Answer.UNKNOWN) {
            open.add("art13Information");
        }
        Answers answers = channel.answers();
        if (answers.thirdPartyData() == Answer.UNKNOWN) {
            open.add("thirdPartyData");
        }
        if (receivesThirdPartyData(channel) && answers.art14Information() == Answer.UNKNOWN) {
            open.add("art14Information");
        }
        if (external(channel) && answers.businessCorrespondence() == Answer.UNKNOWN) {
            open.add("businessCorrespondence");
        }
        if (channel.service().deletionOptions() == DeletionOptions.DISAPPEARING_MESSAGES
                && answers.disappearingMessages() == Answer.UNKNOWN) {
            open.add("disappearingMessages");
        }
        return open;
    }

    static boolean external(ChannelFacts channel) {
        return channel.audience() != Audience.INTERNAL;
    }

    /**
     * Whether a catalogue fact changed after the channel was last looked at: it was neither reviewed on or
     * after the day of the change nor created after it. Equal times count as a change, to ask rather than miss.
     */
    static boolean serviceChangedSinceReview(ChannelFacts channel) {
        LocalDateTime changed = channel.service().factsChangedAt();
        if (changed == null) {
            return false;
        }
        boolean reviewedSince = channel.lastReviewedOn() != null && !channel.lastReviewedOn().isBefore(changed.toLocalDate());
        return !reviewedSince && !channel.createdAt().isAfter(changed);
    }
}
