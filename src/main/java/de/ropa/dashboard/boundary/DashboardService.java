package de.ropa.dashboard.boundary;

import de.ropa.activities.boundary.ActivityService;
import de.ropa.channels.boundary.ChannelService;
import de.ropa.platform.control.RegisterReadCache;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.control.ReviewedRegister;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.processors.boundary.ProcessorService;
import de.ropa.transfers.boundary.TransferService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The figures of one organisation's dashboard, each from one query, kept while the register does not change (the
 * dashboard is the page every user opens first; a register of 10,000 activities has hundreds of reviews due).
 */
@ApplicationScoped
@Transactional
public class DashboardService {

    /** How many objects of each kind the register holds. */
    public record Counts(long activities, long channels, long processors, long transfers) implements java.io.Serializable {
    }

    /** Something that falls due: a review or the end of a processing agreement. */
    public record DueItem(ObjectKind kind, long id, String name, String what, LocalDate date, boolean overdue) implements java.io.Serializable {

        /** A review can be recorded; an agreement that ends needs a new agreement instead. */
        public boolean reviewable() {
            return !"agreementEnds".equals(what);
        }
    }

    @Inject
    RegisterStore store;

    @Inject
    RegisterReadCache readCache;

    @Inject
    Instance<ReviewedRegister> owners;

    @Inject
    ActivityService activities;

    @Inject
    ChannelService channels;

    @Inject
    ProcessorService processors;

    @Inject
    TransferService transfers;

    Clock clock = Clock.systemDefaultZone();

    public Counts counts(long orgId) {
        store.requireOrganisation(orgId);
        return readCache.derived(List.of("dashboard.counts", orgId), () -> new Counts(activities.count(orgId),
                channels.count(orgId), processors.count(orgId), transfers.count(orgId)), counts -> 1);
    }

    /** Reviews and agreement ends up to {@code days} ahead, overdue ones included, soonest first; each owner names its own. */
    public List<DueItem> dueWithin(long orgId, int days) {
        store.requireOrganisation(orgId);
        LocalDate today = LocalDate.now(clock);
        return readCache.derived(List.of("dashboard.due", orgId, days, today), () -> due(orgId, today, days), List::size);
    }

    private List<DueItem> due(long orgId, LocalDate today, int days) {
        LocalDate until = today.plusDays(days);
        List<DueItem> due = new ArrayList<>();
        for (ReviewedRegister owner : owners) {
            owner.due(orgId, until).forEach(d -> due.add(new DueItem(d.kind(), d.id(), d.name(), d.what(), d.date(),
                    d.date().isBefore(today))));
        }
        due.sort(Comparator.comparing(DueItem::date).thenComparing(DueItem::name));
        return List.copyOf(due);
    }
}
