package de.ropa.notices.boundary;

import de.ropa.activities.boundary.ActivityService;
import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.DataCategory;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.activities.entity.RecordType;
import de.ropa.channels.boundary.ChannelService;
import de.ropa.channels.entity.Audience;
import de.ropa.channels.entity.Channel;
import de.ropa.notices.control.NoticeFacts;
import de.ropa.notices.control.NoticeWriter;
import de.ropa.organisations.boundary.OrganisationService;
import de.ropa.organisations.entity.Organisation;
import de.ropa.organisations.entity.OrganisationType;
import de.ropa.transfers.boundary.TransferService;
import de.ropa.transfers.entity.Transfer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A channel's information texts (greeting, imprint, privacy-notice section), drafted from the organisation's master
 * data and the activities the channel is recorded for (controller activities in use), for anyone who may read the
 * channel. Nothing is stored: the texts follow the register.
 */
@ApplicationScoped
@Transactional
public class NoticeService {

    /** A name that states a legal person's form: its imprint names who represents it. */
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?i)(?<![\\p{L}])(gmbh|ggmbh|ag|kg|kgaa|ohg|ug|se|eg|e\\.\\s?v\\.|ev|gbr|ltd|llc|inc|sarl|sas|stiftung|verein)(?![\\p{L}])");

    @Inject
    OrganisationService organisations;

    @Inject
    ChannelService channels;

    @Inject
    ActivityService activities;

    @Inject
    TransferService transfers;

    public ChannelNotices notices(long orgId, long channelId, Locale language) {
        Organisation organisation = organisations.find(orgId);
        Channel channel = channels.find(orgId, channelId);
        boolean external = channel.getAudience() != Audience.INTERNAL;
        NoticeFacts facts = facts(organisation, channel, external);
        return new ChannelNotices(channelId, channel.getName(), external, NoticeWriter.write(facts, language).stream()
                .map(n -> new ChannelNotices.Text(n.kind(), n.title(), n.text(), n.missing(), n.hints())).toList());
    }

    private NoticeFacts facts(Organisation o, Channel channel, boolean external) {
        List<ProcessingActivity> used = activities.usingChannel(o.getId(), channel.getId()).stream()
                .filter(a -> a.getRecordType() == RecordType.CONTROLLER && a.getStatus() != ActivityStatus.RETIRED).toList();
        List<NoticeFacts.PurposeFact> purposes = used.stream().flatMap(a -> a.getPurposes().stream())
                .map(p -> new NoticeFacts.PurposeFact(p.getDescription(), p.getLegalBasis(), p.getArt9Condition())).distinct().toList();
        Set<String> dataCategories = new LinkedHashSet<>();
        Map<String, NoticeFacts.Retention> retention = new LinkedHashMap<>();
        Set<String> recipients = new LinkedHashSet<>();
        Map<Long, Transfer> channelTransfers = new LinkedHashMap<>();
        for (ProcessingActivity activity : used) {
            for (DataCategory category : activity.getDataCategories()) {
                dataCategories.add(category.getName());
                if (category.getErasurePeriod() != null && !category.getErasurePeriod().isBlank()) {
                    retention.putIfAbsent(category.getName() + "\n" + category.getErasurePeriod(),
                            new NoticeFacts.Retention(category.getName(), category.getErasurePeriod()));
                }
            }
            activity.getRecipients().forEach(r -> recipients.add(r.getName()));
            activity.getTransfers().forEach(t -> channelTransfers.putIfAbsent(t.getId(), t));
        }
        transfers.usingChannel(o.getId(), channel.getId()).forEach(t -> channelTransfers.putIfAbsent(t.getId(), t));
        List<NoticeFacts.TransferFact> transferFacts = new ArrayList<>();
        channelTransfers.values().forEach(t -> transferFacts.add(new NoticeFacts.TransferFact(t.getRecipient(), t.getCountry(), t.getMechanism())));
        return new NoticeFacts(
                new NoticeFacts.Controller(o.getName(), o.getStreet(), o.getPostalCode(), o.getCity(), o.getCountry(), o.getEmail(),
                        o.getPhone(), o.getWebsite(), o.getManagement(), legalPerson(o)),
                new NoticeFacts.Dpo(dpoDesignated(o), o.getDpoName(), o.getDpoCompany(), o.getDpoEmail(), o.getDpoPhone()),
                new NoticeFacts.ChannelFact(channel.getName(), channel.getService().getName(), channel.getService().getProvider(), external),
                purposes, List.copyOf(dataCategories), List.copyOf(retention.values()), List.copyOf(recipients), transferFacts);
    }

    /** The organisation names a DPO, or is a public body, which must designate one (Art. 37(1)(a)). */
    private static boolean dpoDesignated(Organisation o) {
        return o.getDpoKind() != null || Stream.of(o.getDpoName(), o.getDpoCompany(), o.getDpoEmail(), o.getDpoPhone())
                .anyMatch(t -> t != null && !t.isBlank()) || o.getOrganisationType() != null && o.getOrganisationType().isPublic();
    }

    private static boolean legalPerson(Organisation o) {
        OrganisationType type = o.getOrganisationType();
        return type != null && type != OrganisationType.COMPANY && type != OrganisationType.HEALTH_CARE
                || o.getName() != null && LEGAL_FORM.matcher(o.getName()).find();
    }
}
