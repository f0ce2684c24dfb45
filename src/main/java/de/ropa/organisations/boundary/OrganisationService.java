package de.ropa.organisations.boundary;

import de.ropa.organisations.entity.Organisation;
import de.ropa.platform.control.NotFoundException;
import de.ropa.platform.control.StaleVersionException;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import de.ropa.platform.paging.Sorting;
import de.ropa.platform.control.RegisterStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Map;

/** Owns the organisations: their rules and transactions, for the REST API and the screens alike. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    static final String KIND = "organisation";
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "o.name", "city", "o.city", "createdAt", "o.createdAt", "updatedAt", "o.updatedAt");

    @PersistenceContext(unitName = "ropa")
    EntityManager em;

    @Inject
    RegisterStore store;

    public Organisation create(OrganisationRequest request) {
        Organisation organisation = new Organisation();
        request.applyTo(organisation);
        em.persist(organisation);
        em.flush();
        return organisation;
    }

    public Organisation find(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null) {
            throw new NotFoundException(KIND, id);
        }
        return organisation;
    }

    public Page<Organisation> list(PageRequest page, String text, String sort) {
        String where = text == null || text.isBlank() ? "" : " WHERE LOWER(o.name) LIKE :text ESCAPE '\\'";
        TypedQuery<Organisation> query = em.createQuery(
                        "SELECT o FROM Organisation o" + where + Sorting.orderBy(sort, SORTABLE, "o.id"), Organisation.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM Organisation o" + where, Long.class);
        if (!where.isEmpty()) {
            query.setParameter("text", Sorting.containsPattern(text));
            count.setParameter("text", Sorting.containsPattern(text));
        }
        return new Page<>(query.getResultList(), page.page(), page.size(), count.getSingleResult());
    }

    public Organisation update(long id, long expectedVersion, OrganisationRequest request) {
        Organisation organisation = findForChange(id, expectedVersion);
        request.applyTo(organisation);
        organisation.touch();
        em.flush();
        return organisation;
    }

    public void delete(long id, long expectedVersion) {
        Organisation organisation = findForChange(id, expectedVersion);
        Map<String, String> contents = new LinkedHashMap<>();
        contents.put("activity", "SELECT e.name FROM ProcessingActivity e WHERE e.organisationId = :id");
        contents.put("channel", "SELECT e.name FROM Channel e WHERE e.organisationId = :id");
        contents.put("processor", "SELECT e.name FROM Processor e WHERE e.organisationId = :id");
        contents.put("transfer", "SELECT e.recipient FROM Transfer e WHERE e.organisationId = :id");
        contents.put("measure", "SELECT e.title FROM Measure e WHERE e.organisationId = :id");
        store.requireUnreferenced(KIND, id, contents);
        em.remove(organisation);
        em.flush();
    }

    private Organisation findForChange(long id, long expectedVersion) {
        Organisation organisation = find(id);
        if (organisation.getVersion() != expectedVersion) {
            throw new StaleVersionException(KIND, id, expectedVersion, organisation.getVersion());
        }
        return organisation;
    }
}
