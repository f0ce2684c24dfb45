package de.ropa.audit.boundary;

import de.ropa.audit.control.AuditTrail;
import de.ropa.audit.control.ChainVerifier.Verification;
import de.ropa.audit.control.ChainVerifier;
import de.ropa.audit.entity.AuditEntry;
import de.ropa.platform.control.ObjectNames;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.entity.Role;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the trail: an organisation's entries for its members (filtered, paged, exported), every entry for
 * admins, and the verification of the whole chain. Nothing here writes an entry or changes one.
 */
@ApplicationScoped
@Transactional
public class AuditService {

    static final int EXPORT_BATCH = 500;

    @Inject
    RegisterStore store;

    @Inject
    ChainVerifier verifier;

    @Inject
    jakarta.enterprise.inject.Instance<ObjectNames> components;

    /**
     * The names of objects a recorded change links to: as the register holds them now, and for a deleted one as the
     * trail last named it. Ids without either stay out.
     */
    public Map<Long, String> names(ObjectKind kind, java.util.Collection<Long> ids, java.util.Locale language) {
        Map<Long, String> names = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        components.forEach(component -> names.putAll(component.names(kind, ids, language)));
        List<String> missing = ids.stream().filter(id -> !names.containsKey(id)).map(String::valueOf).toList();
        if (!missing.isEmpty()) {
            store.em().createQuery("SELECT e.objectId, e.objectName FROM AuditEntry e WHERE e.objectKind = :kind"
                            + " AND e.objectId IN :ids ORDER BY e.seq", Object[].class)
                    .setParameter("kind", kind.name()).setParameter("ids", missing).getResultList()
                    .forEach(row -> names.put(Long.valueOf((String) row[0]), (String) row[1]));
        }
        return names;
    }

    public Page<AuditEntry> entries(long orgId, AuditFilter filter, PageRequest page) {
        store.requireOrganisation(orgId);
        Map<String, Object> parameters = filter.newParameters();
        List<String> conditions = new java.util.ArrayList<>(filter.conditions(parameters));
        conditions.add("e.organisationId = :org");
        parameters.put("org", orgId);
        return store.pageOf(AuditEntry.class, page, conditions, parameters, " ORDER BY e.seq DESC");
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Page<AuditEntry> all(AuditFilter filter, PageRequest page) {
        Map<String, Object> parameters = filter.newParameters();
        return store.pageOf(AuditEntry.class, page, filter.conditions(parameters), parameters, " ORDER BY e.seq DESC");
    }

    /** The whole installation's chain, with where it breaks (admins). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Verification verify() {
        return verifier.verify();
    }

    /** The chain checked whole, reported with the organisation's own entries only. */
    public Verification verify(long orgId) {
        store.requireOrganisation(orgId);
        return verifier.verify(orgId);
    }

    /** The organisation's newest entry before a time (null: now), which a document of that state reflects. */
    public Optional<AuditEntry> latestBefore(long orgId, java.time.LocalDateTime end) {
        var query = store.em().createQuery("SELECT e FROM AuditEntry e WHERE e.organisationId = :org"
                + (end == null ? "" : " AND e.occurredAt < :end") + " ORDER BY e.seq DESC", AuditEntry.class)
                .setParameter("org", orgId).setMaxResults(1);
        if (end != null) {
            query.setParameter("end", end);
        }
        return query.getResultStream().findFirst();
    }

    /** The organisation's entries in the period, oldest first, as CSV or JSON in a temporary file the caller sends and deletes. */
    public Path export(long orgId, AuditFilter filter, boolean csv) {
        store.requireOrganisation(orgId);
        try {
            Path file = Files.createTempFile("ropa-trail-", csv ? ".csv" : ".json");
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(csv ? AuditCsv.HEADER : "[");
                long after = 0;
                boolean first = true;
                while (true) {
                    Map<String, Object> parameters = filter.newParameters();
                    List<String> conditions = new java.util.ArrayList<>(filter.conditions(parameters));
                    conditions.add("e.organisationId = :org");
                    conditions.add("e.seq > :after");
                    parameters.put("org", orgId);
                    parameters.put("after", after);
                    var query = store.em().createQuery("SELECT e FROM AuditEntry e WHERE " + String.join(" AND ", conditions)
                            + " ORDER BY e.seq", AuditEntry.class).setMaxResults(EXPORT_BATCH);
                    parameters.forEach(query::setParameter);
                    List<AuditEntry> batch = query.getResultList();
                    for (AuditEntry entry : batch) {
                        if (csv) {
                            out.write(AuditCsv.row(entry));
                        } else {
                            out.write((first ? "\n" : ",\n") + AuditTrail.json(AuditEntryResponse.from(entry)));
                        }
                        first = false;
                        after = entry.getSeq();
                    }
                    store.em().clear();
                    if (batch.size() < EXPORT_BATCH) {
                        break;
                    }
                }
                if (!csv) {
                    out.write("\n]\n");
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("the trail could not be written to a temporary file", e);
        }
    }
}
