package de.ropa.channels.boundary;

import de.ropa.catalogue.boundary.ServiceFacts;
import de.ropa.catalogue.entity.FactTopic;
import de.ropa.channels.entity.Audience;
import de.ropa.channels.entity.BackupMode;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.channels.entity.Device;
import de.ropa.organisations.entity.OrganisationType;
import de.ropa.platform.control.FactsQuery;
import de.ropa.platform.entity.Answer;
import de.ropa.platform.entity.ObjectKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the findings' rules read of a channel: its own facts, its service, the names of the (not retired)
 * activities that use it and of those among them that rely on consent, the processors recorded for it or its
 * service, and the organisation's type.
 */
public record ChannelFacts(long id, long organisationId, String name, ChannelStatus status, ServiceFacts service,
                           Audience audience, Set<Device> devices, Answer contactSync, BackupMode backupMode,
                           Answer art13Information, Answers answers, Set<FactTopic> deviations,
                           boolean imprintInProfile, boolean consentRecorded,
                           boolean inPrivacyNotice, boolean specialCategories, LocalDate lastReviewedOn,
                           LocalDate nextReviewOn, LocalDateTime createdAt, Set<String> activities,
                           Set<String> consentActivities, Set<Long> processors, OrganisationType organisationType) {

    /** Whether a processor is recorded for the channel or its service. */
    public boolean processorRecorded() {
        return !processors.isEmpty();
    }

    /** The questions added with "unknown" as an answer: third parties' data, business records, works agreement. */
    public record Answers(Answer thirdPartyData, Answer art14Information, Answer businessCorrespondence,
                          Answer disappearingMessages, Answer worksAgreement) {
    }

    /** The activities (not retired) that use a channel, and those among them that rely on consent. */
    public record Use(Set<String> activities, Set<String> consentActivities) {

        static final Use NONE = new Use(Set.of(), Set.of());
    }

    /** The processors recorded for a channel or for its service in the organisation. */
    @FunctionalInterface
    public interface ProcessorsRecorded {

        Set<Long> processorsFor(long organisationId, long channelId, long serviceId);
    }

    /**
     * The scope's channels, in two queries, with what the other components know of them: the catalogue's services,
     * the activities' use, the processors' coverage.
     */
    public static List<ChannelFacts> load(FactsQuery query, Map<Long, ServiceFacts> services, Map<Long, Use> uses,
                                          ProcessorsRecorded processors, Function<Long, OrganisationType> types) {
        Map<Long, Set<Device>> devices = new HashMap<>();
        query.rows("SELECT c.id AS channel, d AS device FROM Channel c JOIN c.devices d WHERE {scope}", ObjectKind.CHANNEL, "c")
                .forEach(r -> devices.computeIfAbsent(r.id("channel"), k -> EnumSet.noneOf(Device.class))
                        .add(r.get("device", Device.class)));
        Map<Long, Set<FactTopic>> deviations = new HashMap<>();
        query.rows("SELECT c.id AS channel, d.topic AS topic FROM Channel c JOIN c.deviations d WHERE {scope}",
                ObjectKind.CHANNEL, "c").forEach(r -> deviations.computeIfAbsent(r.id("channel"),
                k -> EnumSet.noneOf(FactTopic.class)).add(r.get("topic", FactTopic.class)));
        return query.rows("SELECT c.id AS objectid, c.organisationId AS organisationid, c.name AS name, c.status AS status,"
                + " c.service.id AS service, c.audience AS audience, c.contactSync AS contactsync, c.backupMode AS backupmode,"
                + " c.art13Information AS art13information, c.imprintInProfile AS imprintinprofile,"
                + " c.consentRecording AS consentrecording, c.inPrivacyNotice AS inprivacynotice,"
                + " c.specialCategories AS specialcategories, c.lastReviewedOn AS lastreviewedon,"
                + " c.nextReviewOn AS nextreviewon, c.createdAt AS createdat, c.thirdPartyData AS thirdpartydata,"
                + " c.art14Information AS art14information, c.businessCorrespondence AS businesscorrespondence,"
                + " c.disappearingMessages AS disappearingmessages, c.worksAgreement AS worksagreement"
                + " FROM Channel c WHERE {scope}",
                ObjectKind.CHANNEL, "c").stream().map(r -> {
                    long id = r.id("objectid");
                    long organisation = r.id("organisationid");
                    long service = r.id("service");
                    Use use = uses.getOrDefault(id, Use.NONE);
                    return new ChannelFacts(id, organisation, r.text("name"), r.get("status", ChannelStatus.class),
                            services.get(service), r.get("audience", Audience.class), devices.getOrDefault(id, Set.of()),
                            r.get("contactsync", Answer.class), r.get("backupmode", BackupMode.class),
                            r.get("art13information", Answer.class), new Answers(r.get("thirdpartydata", Answer.class),
                            r.get("art14information", Answer.class), r.get("businesscorrespondence", Answer.class),
                            r.get("disappearingmessages", Answer.class), r.get("worksagreement", Answer.class)),
                            deviations.getOrDefault(id, Set.of()), r.yes("imprintinprofile"), r.present("consentrecording"), r.yes("inprivacynotice"),
                            r.yes("specialcategories"), r.get("lastreviewedon", LocalDate.class),
                            r.get("nextreviewon", LocalDate.class), r.get("createdat", LocalDateTime.class), use.activities(),
                            use.consentActivities(), processors.processorsFor(organisation, id, service),
                            types.apply(organisation));
                }).toList();
    }
}
