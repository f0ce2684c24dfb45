package de.ropa.audit.control;

import de.ropa.audit.entity.AuditEntry;
import de.ropa.audit.entity.AuditHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Walks the whole trail in order and recomputes it: each entry's number follows the one before, names the
 * previous entry's hash, and hashes to what it stores; the head names the last entry. The first entry that
 * fails is named, with the reason.
 */
@ApplicationScoped
@Transactional
public class ChainVerifier {

    static final int BATCH = 500;

    public record Verification(boolean intact, long entries, Long firstBrokenSeq, String problem, String lastHash) {
    }

    @PersistenceContext(unitName = "ropa")
    EntityManager em;

    public Verification verify() {
        long expectedSeq = 1;
        String previousHash = ChainHash.GENESIS;
        long checked = 0;
        while (true) {
            List<AuditEntry> batch = em.createQuery("SELECT e FROM AuditEntry e WHERE e.seq >= :from ORDER BY e.seq", AuditEntry.class)
                    .setParameter("from", expectedSeq).setMaxResults(BATCH).getResultList();
            for (AuditEntry entry : batch) {
                String problem = problem(entry, expectedSeq, previousHash);
                if (problem != null) {
                    return new Verification(false, checked, entry.getSeq() == expectedSeq ? entry.getSeq() : expectedSeq, problem, previousHash);
                }
                previousHash = entry.getHash();
                expectedSeq++;
                checked++;
            }
            em.clear();
            if (batch.size() < BATCH) {
                break;
            }
        }
        AuditHead head = em.find(AuditHead.class, AuditHead.ID);
        if (head.getLastSeq() != checked || !head.getLastHash().equals(previousHash)) {
            return new Verification(false, checked, checked + 1, "entries after " + checked + " are missing: the chain's head"
                    + " names entry " + head.getLastSeq(), previousHash);
        }
        return new Verification(true, checked, null, null, previousHash);
    }

    private static String problem(AuditEntry entry, long expectedSeq, String previousHash) {
        if (entry.getSeq() != expectedSeq) {
            return "entry " + expectedSeq + " is missing";
        }
        if (!entry.getPrevHash().equals(previousHash)) {
            return "entry " + entry.getSeq() + " does not name the hash of entry " + (entry.getSeq() - 1)
                    + ": that entry or this one was changed";
        }
        if (!ChainHash.of(entry).equals(entry.getHash())) {
            return "entry " + entry.getSeq() + " was changed after it was written: its content no longer matches its hash";
        }
        return null;
    }
}
