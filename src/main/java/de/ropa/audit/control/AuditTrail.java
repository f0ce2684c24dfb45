package de.ropa.audit.control;

import de.ropa.audit.entity.AuditEntry;
import de.ropa.audit.entity.AuditHead;
import de.ropa.platform.control.AuditSnapshot;
import de.ropa.platform.control.CallerScope;
import de.ropa.platform.control.Trail;
import de.ropa.platform.entity.ObjectKind;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyOrderStrategy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;

/**
 * Writes the trail: one entry per change, in the transaction of the change (MANDATORY: a change that rolls
 * back takes its entry with it, and no entry is written without a change). Values are the objects' audit snapshots
 * as JSON with properties in a fixed order, and the entry stores the snapshots' version.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail implements Trail {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig()
            .withPropertyOrderStrategy(PropertyOrderStrategy.LEXICOGRAPHICAL));

    @PersistenceContext(unitName = "ropa")
    EntityManager em;

    @Inject
    CallerScope visibility;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Marks a transaction that changes the register or recorded a change (its revision is not committed yet). */
    private static final String RECORDED = AuditTrail.class.getName() + ".recorded";

    /** Set while one operation's many changes are recorded as a single entry (an import). */
    private static final ThreadLocal<Boolean> SUMMARISED = ThreadLocal.withInitial(() -> false);

    /** Records a change; {@code before} is null for a creation, {@code after} null for a deletion. */
    @Override
    public void record(Long organisationId, ObjectKind kind, Object objectId, String objectName, String action,
                       Object before, Object after) {
        if (SUMMARISED.get()) {
            return;
        }
        AuditHead head = em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
        long seq = head.getLastSeq() + 1;
        AuditEntry entry = new AuditEntry(seq, LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                visibility.callerName(), organisationId, kind.name(), String.valueOf(objectId), abbreviate(objectName),
                action, json(before), json(after), snapshotVersion(before, after), head.getLastHash());
        entry.seal(ChainHash.of(entry));
        em.persist(entry);
        head.advance(seq, entry.getHash());
        transactions.putResource(RECORDED, Boolean.TRUE);
    }

    @Override
    public OptionalLong revision() {
        if (SUMMARISED.get() || transactions.getResource(RECORDED) != null) {
            return OptionalLong.empty();
        }
        // a query, not find: the head must not be a managed object kept from earlier in a long transaction
        return OptionalLong.of(em.createQuery("SELECT h.lastSeq FROM AuditHead h WHERE h.id = :id", Long.class)
                .setParameter("id", AuditHead.ID).getSingleResult());
    }

    @Override
    public void oneAtATime() {
        em.find(AuditHead.class, AuditHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void changing() {
        transactions.putResource(RECORDED, Boolean.TRUE);
    }

    @Override
    public boolean summarising() {
        return SUMMARISED.get();
    }

    /**
     * Runs an operation whose single changes are not recorded one by one: the caller records the whole
     * operation as one entry afterwards (an import is one change of the register, with the document as its value).
     */
    @Override
    public <T> T summarised(java.util.function.Supplier<T> operation) {
        boolean outer = SUMMARISED.get();
        SUMMARISED.set(true);
        try {
            return operation.get();
        } finally {
            SUMMARISED.set(outer);
        }
    }

    /**
     * The shape the values are recorded in: a kind's {@link AuditSnapshot} type names its version; other values (a few
     * changed fields, an imported document) have kept their shape since the trail began: 1.
     */
    static short snapshotVersion(Object before, Object after) {
        Object value = after != null ? after : before;
        return (short) (value instanceof AuditSnapshot snapshot ? snapshot.schemaVersion() : 1);
    }

    /** The JSON a value is recorded as (null stays null; text stays text). */
    public static String json(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text;
        }
        return JsonText.of(writer -> JSON.toJson(value, writer));
    }

    private static String abbreviate(String name) {
        return name == null || name.length() <= 300 ? name : name.substring(0, 299) + "…";
    }
}
