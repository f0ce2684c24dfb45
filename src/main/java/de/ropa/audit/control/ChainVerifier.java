package de.ropa.audit.control;

import de.ropa.audit.entity.AuditEntry;
import de.ropa.audit.entity.AuditHead;
import de.ropa.platform.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Walks the whole trail in order and recomputes it: each entry's number follows the one before, names the
 * previous entry's hash, and hashes to what it stores; the head names the last entry. The first entry that
 * fails is named, with the reason. Seen for one organisation, the answer counts and names only its entries:
 * the chain is checked whole (its links run through every organisation's entries), but a break outside the
 * organisation is reported without saying where.
 */
@ApplicationScoped
@Transactional
public class ChainVerifier {

    static final int BATCH = 500;

    public record Verification(boolean intact, long entries, Long firstBrokenSeq, Text problem, String lastHash) implements java.io.Serializable {
    }

    @PersistenceContext(unitName = "ropa")
    EntityManager em;

    /** The whole installation's trail (admins). */
    public Verification verify() {
        return verify(null);
    }

    /** The whole chain, reported for one organisation (null: for the installation). */
    public Verification verify(Long organisationId) {
        long expectedSeq = 1;
        String previousHash = ChainHash.GENESIS;
        long checked = 0;
        long ownChecked = 0;
        String ownLastHash = null;
        while (true) {
            List<AuditEntry> batch = em.createQuery("SELECT e FROM AuditEntry e WHERE e.seq >= :from ORDER BY e.seq", AuditEntry.class)
                    .setParameter("from", expectedSeq).setMaxResults(BATCH).getResultList();
            for (AuditEntry entry : batch) {
                Text problem = problem(entry, expectedSeq, previousHash);
                if (problem != null) {
                    long broken = entry.getSeq() == expectedSeq ? entry.getSeq() : expectedSeq;
                    if (organisationId == null) {
                        return new Verification(false, checked, broken, problem, previousHash);
                    }
                    boolean own = entry.getSeq() == expectedSeq && organisationId.equals(entry.getOrganisationId());
                    return new Verification(false, ownChecked, own ? broken : null, own ? problem
                            : Text.of("trail.problem.elsewhere"),
                            ownLastHash);
                }
                previousHash = entry.getHash();
                expectedSeq++;
                checked++;
                if (organisationId != null && organisationId.equals(entry.getOrganisationId())) {
                    ownChecked++;
                    ownLastHash = entry.getHash();
                }
            }
            em.clear();
            if (batch.size() < BATCH) {
                break;
            }
        }
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        if (head.getLastSeq() != checked || !head.getLastHash().equals(previousHash)) {
            Text problem = Text.of("trail.problem.lastMissing", checked, head.getLastSeq());
            return organisationId == null ? new Verification(false, checked, checked + 1, problem, previousHash)
                    : new Verification(false, ownChecked, null, Text.of("trail.problem.lastEntriesMissing"), ownLastHash);
        }
        return organisationId == null ? new Verification(true, checked, null, null, previousHash)
                : new Verification(true, ownChecked, null, null, ownLastHash);
    }

    /** What is wrong with an entry in its place in the chain, or null. */
    static Text problem(AuditEntry entry, long expectedSeq, String previousHash) {
        if (entry.getSeq() != expectedSeq) {
            return Text.of("trail.problem.missing", expectedSeq);
        }
        if (!entry.getPrevHash().equals(previousHash)) {
            return Text.of("trail.problem.link", entry.getSeq(), entry.getSeq() - 1);
        }
        if (entry.getHashVersion() < 3 && entry.getSnapshotVersion() != 1) {
            // hashes before version 3 do not cover the column, which was 1 for all of them
            return Text.of("trail.problem.snapshotVersion", entry.getSeq());
        }
        if (!ChainHash.of(entry).equals(entry.getHash())) {
            return Text.of("trail.problem.content", entry.getSeq());
        }
        return null;
    }
}
