package de.ropa.organisations.boundary;

import de.ropa.organisations.entity.Organisation;
import de.ropa.platform.control.CallerScope;
import de.ropa.platform.control.ForbiddenException;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.NotFoundException;
import de.ropa.platform.control.OrganisationDirectory;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.control.Trail;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.entity.Role;
import de.ropa.platform.paging.Filters;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import de.ropa.platform.paging.Sorting;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Owns the organisations: their rules and transactions, for the REST API and the screens alike. */
@ApplicationScoped
@Transactional
public class OrganisationService implements OrganisationDirectory {

    static final ObjectKind KIND = ObjectKind.ORGANISATION;
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "e.name", "city", "e.city", "createdAt", "e.createdAt", "updatedAt", "e.updatedAt");

    @PersistenceContext(unitName = "ropa")
    EntityManager em;

    @Inject
    RegisterStore store;

    @Inject
    Trail trail;

    @Inject
    CallerScope visibility;

    @RolesAllowed(Role.ADMIN_NAME)
    public Organisation create(OrganisationRequest request) {
        validate(request);
        Organisation organisation = new Organisation();
        request.applyTo(organisation);
        em.persist(organisation);
        em.flush();
        trail.record(organisation.getId(), KIND, organisation.getId(), organisation.getName(), "CREATE", null,
                OrganisationAuditSnapshot.of(organisation));
        return organisation;
    }

    @Override
    public Set<Long> existing(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new TreeSet<>(em.createQuery("SELECT o.id FROM Organisation o WHERE o.id IN :ids", Long.class)
                .setParameter("ids", ids).getResultList());
    }

    /** The organisation with exactly this name, if there is one (the demo's sample organisation). */
    public Optional<Organisation> findByName(String name) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.name = :name", Organisation.class)
                .setParameter("name", name).setMaxResults(1).getResultStream().findFirst();
    }

    public Organisation find(long id) {
        Organisation organisation = em.find(Organisation.class, id);
        if (organisation == null || !visibility.canSee(id)) {
            throw new NotFoundException(KIND, id);
        }
        return organisation;
    }

    public Page<Organisation> list(PageRequest page, String text, String sort) {
        Filters filters = new Filters().text(text, "LOWER(e.name) LIKE :text");
        List<String> conditions = new ArrayList<>(filters.conditions());
        Map<String, Object> parameters = new LinkedHashMap<>(filters.parameters());
        visibility.visibleOrganisations().ifPresent(visible -> {
            conditions.add(visible.isEmpty() ? "1 = 0" : "e.id IN :visible");
            if (!visible.isEmpty()) {
                parameters.put("visible", visible);
            }
        });
        return store.pageOf(Organisation.class, page, conditions, parameters, Sorting.orderBy(sort, SORTABLE, "e.id"));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.DPO_NAME, Role.INTEGRATION_NAME})
    public Organisation update(long id, long expectedVersion, OrganisationRequest request) {
        store.requireOrganisation(id);
        validate(request);
        Organisation organisation = findForChange(id, expectedVersion);
        organisation.getJointControllers().size();
        OrganisationAuditSnapshot before = OrganisationAuditSnapshot.of(organisation);
        if (request.selfApprovalAllowed != organisation.isSelfApprovalAllowed()) {
            // the four-eyes rule binds the DPOs: only an administrator may waive it
            requireAdmin("organisation.selfApprovalAdminOnly");
        }
        request.applyTo(organisation);
        organisation.touch();
        em.flush();
        trail.record(id, KIND, id, organisation.getName(), "UPDATE", before, OrganisationAuditSnapshot.of(organisation));
        return organisation;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void delete(long id, long expectedVersion) {
        Organisation organisation = findForChange(id, expectedVersion);
        store.requireUnreferenced(KIND, id);
        organisation.getJointControllers().size();
        OrganisationAuditSnapshot before = OrganisationAuditSnapshot.of(organisation);
        em.remove(organisation);
        em.flush();
        trail.record(id, KIND, id, before.name(), "DELETE", before, null);
    }

    private Organisation findForChange(long id, long expectedVersion) {
        Organisation organisation = find(id);
        store.requireVersion(organisation, KIND, expectedVersion);
        return organisation;
    }

    private void requireAdmin(String refusal) {
        try {
            visibility.requireRole(Role.ADMIN_NAME);
        } catch (ForbiddenException e) {
            throw new ForbiddenException(refusal);
        }
    }

    /** The request's constraints, and a time zone the Java runtime knows. */
    private void validate(OrganisationRequest request) {
        store.validate(request);
        if (request.timeZone != null && !request.timeZone.isBlank() && !ZoneId.getAvailableZoneIds().contains(request.timeZone)) {
            throw new InvalidFieldException("timeZone", "field.timeZone", request.timeZone);
        }
    }
}
