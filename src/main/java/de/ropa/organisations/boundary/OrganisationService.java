package de.ropa.organisations.boundary;

import de.ropa.organisations.entity.Organisation;
import de.ropa.platform.control.NotFoundException;
import de.ropa.platform.control.StaleVersionException;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import de.ropa.platform.paging.Sorting;
import de.ropa.platform.control.RegisterStore;
import de.ropa.security.control.Visibility;
import de.ropa.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    @Inject
    Visibility visibility;

    @RolesAllowed(Role.ADMIN_NAME)
    public Organisation create(OrganisationRequest request) {
        store.validate(request);
        Organisation organisation = new Organisation();
        request.applyTo(organisation);
        em.persist(organisation);
        em.flush();
        return organisation;
    }

    public Organisation find(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null || !visibility.canSee(id)) {
            throw new NotFoundException(KIND, id);
        }
        return organisation;
    }

    public Page<Organisation> list(PageRequest page, String text, String sort) {
        List<String> conditions = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            conditions.add("LOWER(o.name) LIKE :text ESCAPE '\\'");
        }
        Optional<Set<Long>> visible = visibility.visibleOrganisations();
        if (visible.isPresent()) {
            conditions.add(visible.get().isEmpty() ? "1 = 0" : "o.id IN :visible");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<Organisation> query = em.createQuery(
                        "SELECT o FROM Organisation o" + where + Sorting.orderBy(sort, SORTABLE, "o.id"), Organisation.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM Organisation o" + where, Long.class);
        if (text != null && !text.isBlank()) {
            query.setParameter("text", Sorting.containsPattern(text));
            count.setParameter("text", Sorting.containsPattern(text));
        }
        if (visible.isPresent() && !visible.get().isEmpty()) {
            query.setParameter("visible", visible.get());
            count.setParameter("visible", visible.get());
        }
        return new Page<>(query.getResultList(), page.page(), page.size(), count.getSingleResult());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.DPO_NAME, Role.INTEGRATION_NAME})
    public Organisation update(long id, long expectedVersion, OrganisationRequest request) {
        store.requireOrganisation(id);
        store.validate(request);
        Organisation organisation = findForChange(id, expectedVersion);
        request.applyTo(organisation);
        organisation.touch();
        em.flush();
        return organisation;
    }

    @RolesAllowed(Role.ADMIN_NAME)
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
