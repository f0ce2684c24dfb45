package de.ropa.dashboard.boundary;

import de.ropa.activities.entity.ActivityStatus;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.control.RegisterStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The figures of one organisation's dashboard, each from one query. */
@ApplicationScoped
@Transactional
public class DashboardService {

    /** How many objects of each kind the register holds. */
    public record Counts(long activities, long channels, long processors, long transfers) {
    }

    /** Something that falls due: a review or the end of a processing agreement. */
    public record DueItem(ObjectKind kind, long id, String name, String what, LocalDate date, boolean overdue) {

        /** A review can be recorded; an agreement that ends needs a new agreement instead. */
        public boolean reviewable() {
            return !"agreementEnds".equals(what);
        }
    }

    @Inject
    RegisterStore store;

    Clock clock = Clock.systemDefaultZone();

    public Counts counts(long orgId) {
        store.requireOrganisation(orgId);
        return new Counts(count("ProcessingActivity", orgId), count("Channel", orgId), count("Processor", orgId),
                count("Transfer", orgId));
    }

    /** Reviews and agreement ends up to {@code days} ahead, overdue ones included, soonest first. */
    public List<DueItem> dueWithin(long orgId, int days) {
        store.requireOrganisation(orgId);
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(days);
        List<DueItem> due = new ArrayList<>();
        add(due, ObjectKind.ACTIVITY, "review", today, store.em().createQuery("SELECT e.id, e.name, e.nextReviewOn FROM"
                + " ProcessingActivity e WHERE e.organisationId = :org AND e.status <> :retired AND e.nextReviewOn <= :until",
                Object[].class).setParameter("retired", ActivityStatus.RETIRED).setParameter("org", orgId)
                .setParameter("until", until).getResultList());
        add(due, ObjectKind.CHANNEL, "review", today, store.em().createQuery("SELECT e.id, e.name, e.nextReviewOn FROM"
                + " Channel e WHERE e.organisationId = :org AND e.status <> :retired AND e.nextReviewOn <= :until",
                Object[].class).setParameter("retired", ChannelStatus.RETIRED).setParameter("org", orgId)
                .setParameter("until", until).getResultList());
        add(due, ObjectKind.PROCESSOR, "agreementReview", today, store.em().createQuery("SELECT e.id, e.name, e.reviewOn"
                + " FROM Processor e WHERE e.organisationId = :org AND e.reviewOn <= :until", Object[].class)
                .setParameter("org", orgId).setParameter("until", until).getResultList());
        add(due, ObjectKind.PROCESSOR, "agreementEnds", today, store.em().createQuery("SELECT e.id, e.name, e.validUntil"
                + " FROM Processor e WHERE e.organisationId = :org AND e.validUntil <= :until", Object[].class)
                .setParameter("org", orgId).setParameter("until", until).getResultList());
        due.sort(Comparator.comparing(DueItem::date).thenComparing(DueItem::name));
        return due;
    }

    private long count(String entity, long orgId) {
        return store.em().createQuery("SELECT COUNT(e) FROM " + entity + " e WHERE e.organisationId = :org", Long.class)
                .setParameter("org", orgId).getSingleResult();
    }

    private static void add(List<DueItem> due, ObjectKind kind, String what, LocalDate today, List<Object[]> rows) {
        for (Object[] row : rows) {
            LocalDate date = (LocalDate) row[2];
            due.add(new DueItem(kind, ((Number) row[0]).longValue(), (String) row[1], what, date, date.isBefore(today)));
        }
    }
}
