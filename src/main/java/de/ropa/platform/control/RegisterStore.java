package de.ropa.platform.control;

import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.entity.OrganisationScoped;
import de.ropa.platform.entity.Tracked;
import de.ropa.platform.paging.Page;
import de.ropa.platform.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EmbeddableType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.SingularAttribute;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The persistence moves every component's service shares: finding an organisation's object (or saying it
 * does not exist), checking the version a client read, resolving links by id within one organisation,
 * paged queries, and naming what still refers to an object before it is deleted. Runs in the caller's
 * transaction.
 */
@ApplicationScoped
public class RegisterStore {

    static final int FETCH_CHUNK = 1000;

    @PersistenceContext(unitName = "ropa")
    EntityManager em;

    @Inject
    CallerScope visibility;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    Instance<ReferenceSource> referenceSources;

    @Inject
    Validator validator;

    /** Holds what this transaction has verified already (see {@link #remember}). */
    @Resource
    TransactionSynchronizationRegistry transactions;

    public EntityManager em() {
        return em;
    }

    /** The object of this organisation, or 404 (also when it belongs to another organisation). */
    public <E extends OrganisationScoped> E find(Class<E> type, ObjectKind kind, long organisationId, long id) {
        E entity = em.find(type, id);
        if (entity == null || entity.getOrganisationId() != organisationId || !visibility.canSee(organisationId)) {
            throw new NotFoundException(kind, id);
        }
        return entity;
    }

    /** As {@link #find}, and the object must still be at the version the client read (else 412). */
    public <E extends OrganisationScoped> E findForChange(Class<E> type, ObjectKind kind, long organisationId, long id,
                                                           long expectedVersion) {
        E entity = find(type, kind, organisationId, id);
        requireVersion(entity, kind, expectedVersion);
        return entity;
    }

    public void requireVersion(Tracked entity, ObjectKind kind, long expectedVersion) {
        if (entity.getVersion() != expectedVersion) {
            throw new StaleVersionException(kind, entity.getId(), expectedVersion, entity.getVersion());
        }
    }

    /**
     * The objects named by {@code ids}, all of this organisation; unknown ids and other organisations'
     * ids are one field error naming them, so a client can never link across organisations.
     */
    public <E extends OrganisationScoped> Set<E> resolve(Class<E> type, String field, long organisationId,
                                                        Collection<Long> ids, List<FieldProblem> problems) {
        if (ids == null || ids.isEmpty()) {
            return new LinkedHashSet<>();
        }
        Set<Long> wanted = new LinkedHashSet<>(ids);
        Map<Long, E> byId = new HashMap<>();
        List<Long> unknown = new ArrayList<>();
        for (Long id : wanted) {
            if (id != null && Long.valueOf(organisationId).equals(verified(type.getName() + "#" + id))) {
                byId.put(id, em.getReference(type, id));
            } else {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.organisationId = :org AND e.id IN :ids", type)
                    .setParameter("org", organisationId)
                    .setParameter("ids", unknown)
                    .getResultList()
                    .forEach(found -> {
                        byId.put(found.getId(), found);
                        remember(type, found);
                    });
        }
        Set<Long> missing = new TreeSet<>(wanted.stream().filter(Objects::nonNull).toList());
        missing.removeAll(byId.keySet());
        if (!missing.isEmpty()) {
            problems.add(new FieldProblem(field, "field.unknownIds", missing));
        }
        Set<E> ordered = new LinkedHashSet<>();
        wanted.stream().map(byId::get).filter(e -> e != null).forEach(ordered::add);
        return ordered;
    }

    /**
     * Notes, for the rest of the transaction, that the object belongs to its organisation: links to it then need no
     * query (an import links thousands of objects it has just created).
     */
    public <E extends OrganisationScoped> void remember(Class<E> type, E entity) {
        if (transactions.getTransactionKey() != null) {
            transactions.putResource(type.getName() + "#" + entity.getId(), entity.getOrganisationId());
        }
    }

    private Object verified(String key) {
        return transactions.getTransactionKey() == null ? null : transactions.getResource(key);
    }

    /** One object by id, of this organisation, for a single link field; null id means no link. */
    public <E extends OrganisationScoped> E resolveOne(Class<E> type, String field, long organisationId, Long id,
                                                       List<FieldProblem> problems) {
        if (id == null) {
            return null;
        }
        Set<E> found = resolve(type, field, organisationId, List.of(id), problems);
        return found.isEmpty() ? null : found.iterator().next();
    }

    /**
     * Bean Validation of a request, inside the service so that the role check (an interceptor around the
     * service method) comes first and an auditor gets 403, not a validation error.
     */
    public void validate(Object request) {
        Set<ConstraintViolation<Object>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    /**
     * A page of any kind of object (alias {@code e}) with its total, for every list of the product. The page is
     * chosen on ids alone, then its objects are loaded by id: sorting and skipping whole rows (long texts, an
     * audit entry's JSON) cost five times more on a register of 10,000 activities.
     */
    public <E> Page<E> pageOf(Class<E> type, PageRequest page, List<String> conditions, Map<String, Object> parameters,
                              String orderBy) {
        String id = idAttribute(type);
        String from = from(type, conditions);
        TypedQuery<Object> ids = em.createQuery("SELECT e." + id + from + orderBy, Object.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + from, Long.class);
        parameters.forEach((name, value) -> {
            ids.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Object> pageIds = ids.getResultList();
        return new Page<>(byIds(type, pageIds), page.page(), page.size(), count.getSingleResult());
    }

    /** The JPQL of an organisation's objects of a kind that meet the conditions (alias {@code e}), in this order. */
    public String listQuery(Class<? extends OrganisationScoped> type, List<String> conditions, String orderBy) {
        List<String> where = new ArrayList<>();
        where.add("e.organisationId = :org");
        where.addAll(conditions);
        return "SELECT e.id, e.version" + from(type, where) + orderBy;
    }

    /** Runs a {@link #listQuery}: the id and version of every object of the list, in its order. */
    public List<Object[]> idsAndVersions(String listQuery, Map<String, Object> parameters) {
        TypedQuery<Object[]> query = em.createQuery(listQuery, Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static String from(Class<?> type, List<String> conditions) {
        return " FROM " + type.getSimpleName() + " e"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
    }

    /**
     * Every object the query's ids name, in its order, each turned into what the caller keeps ({@code view}) with its
     * collections loaded: a chunk at a time, let go of before the next is loaded. The persistence context keeps every
     * object it loads until the transaction ends; a record of 50,000 activities did not fit the heap that way.
     */
    public <E extends Tracked, T> List<T> inChunks(Class<E> type, TypedQuery<Long> orderedIds, Function<E, T> view,
                                                   String... collections) {
        List<Long> ids = orderedIds.getResultList();
        List<T> views = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += FETCH_CHUNK) {
            List<E> chunk = byIds(type, ids.subList(from, Math.min(ids.size(), from + FETCH_CHUNK)), collections);
            fetch(type, chunk, collections);
            chunk.forEach(entity -> views.add(view.apply(entity)));
            chunk.forEach(em::detach);
        }
        return views;
    }

    /** The objects with these ids, in the order of the ids (one deleted meanwhile is left out). */
    <E> List<E> byIds(Class<E> type, List<?> ids, String... collections) {
        if (ids.isEmpty()) {
            return List.of();
        }
        PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
        Map<Object, E> found = new HashMap<>();
        collectionsInBulk(em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e." + idAttribute(type)
                + " IN :ids", type), type, "e", collections)
                .setParameter("ids", ids).getResultList()
                .forEach(entity -> found.put(util.getIdentifier(entity), entity));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /**
     * Marks a query whose objects will have these collections {@link #fetch fetched}: the objects it builds load each
     * named collection for all of them in one statement when the first is read. Needed on EclipseLink (Payara), which
     * does not fill the collections of objects already in the persistence context from a later JOIN FETCH, so that
     * {@link #fetch} would otherwise load them one object at a time (a page of 50 activities: 350 statements). The
     * hints are EclipseLink's; Hibernate (WildFly) ignores hints it does not know and fills the collections from the
     * JOIN FETCH. A collection of embedded values that point to objects (an activity's recipients) is left out:
     * EclipseLink 4.0 fails to build those in a batch read.
     */
    public <Q extends jakarta.persistence.Query> Q collectionsInBulk(Q query, Class<?> type, String alias,
                                                                     String... collections) {
        if (collections.length > 0) {
            query.setHint("eclipselink.batch.type", "IN");
            for (String collection : collections) {
                if (!embedsReferences(type, collection)) {
                    query.setHint("eclipselink.batch", alias + "." + collection);
                }
            }
        }
        return query;
    }

    private boolean embedsReferences(Class<?> type, String collection) {
        return em.getMetamodel().entity(type).getAttribute(collection) instanceof PluralAttribute<?, ?, ?> plural
                && plural.getElementType() instanceof EmbeddableType<?> embedded
                && embedded.getAttributes().stream().anyMatch(Attribute::isAssociation);
    }

    private String idAttribute(Class<?> type) {
        return em.getMetamodel().entity(type).getSingularAttributes().stream()
                .filter(SingularAttribute::isId)
                .map(Attribute::getName)
                .findFirst().orElseThrow(() -> new IllegalStateException(type + " has no id attribute"));
    }

    /**
     * Names what refers to the object; each query selects the referring objects' display names and takes
     * the parameter {@code :id}.
     */
    /** What still refers to an object, as the components holding the links name it (at most 20 per component). */
    public List<ReferenceSource.Reference> references(ObjectKind kind, long id) {
        List<ReferenceSource.Reference> found = new ArrayList<>();
        for (ReferenceSource source : referenceSources) {
            found.addAll(source.referencesTo(kind, id));
        }
        return found;
    }

    /**
     * Loads the named collections of these objects in one query each, so that they can be read after the
     * transaction (no lazy loading, no query per object).
     */
    public <E extends Tracked> void fetch(Class<E> type, Collection<E> entities, String... collections) {
        if (entities.isEmpty()) {
            return;
        }
        List<E> all = List.copyOf(entities);
        PersistenceUnitUtil loaded = em.getEntityManagerFactory().getPersistenceUnitUtil();
        boolean joinFetchFills = true;
        // chunks keep the IN list within every database's parameter limit (a report loads whole registers)
        for (int from = 0; from < all.size() && joinFetchFills; from += FETCH_CHUNK) {
            List<E> chunk = all.subList(from, Math.min(all.size(), from + FETCH_CHUNK));
            List<Long> ids = chunk.stream().map(Tracked::getId).toList();
            for (String collection : collections) {
                // no DISTINCT (the rows only fill the collections; the result list is not used) and no flush
                // before the query (it only loads): both cost more than the query itself on a page of 50
                em.createQuery("SELECT e FROM " + type.getSimpleName() + " e LEFT JOIN FETCH e." + collection
                        + " WHERE e.id IN :ids", type).setParameter("ids", ids).setFlushMode(FlushModeType.COMMIT)
                        .getResultList();
                if (chunk.stream().noneMatch(entity -> loaded.isLoaded(entity, collection))) {
                    // the provider does not fill the collections of objects it already holds (EclipseLink): the
                    // loop below loads them, in bulk where the objects' query asked for it (collectionsInBulk)
                    joinFetchFills = false;
                    break;
                }
            }
        }
        // an object deleted by someone else between the caller's query and these is not fetched: load its
        // collections now (empty), so that nothing is left to load lazily after the transaction
        for (E entity : entities) {
            for (String collection : collections) {
                if (!loaded.isLoaded(entity, collection)) {
                    initialise(type, entity, collection);
                }
            }
        }
    }

    private <E> void initialise(Class<E> type, E entity, String collection) {
        java.lang.reflect.Member member = em.getMetamodel().entity(type).getAttribute(collection).getJavaMember();
        try {
            java.lang.reflect.Field field = (java.lang.reflect.Field) member;
            field.setAccessible(true);
            Object value = field.get(entity);
            if (value instanceof Collection<?> elements) {
                elements.size();
            }
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("cannot load " + type.getSimpleName() + "." + collection, e);
        }
    }

    /** 404 unless the organisation exists and the caller may see it. */
    public void requireOrganisation(long organisationId) {
        // per caller: a check passed as the system (a demo load) must not stand for a user later in the transaction
        String key = "organisation#" + organisationId + "#" + visibility.callerName();
        if (verified(key) != null) {
            return; // checked before in this transaction (an import creates thousands of objects)
        }
        if (!visibility.canSee(organisationId)) {
            throw new NotFoundException(ObjectKind.ORGANISATION, organisationId);
        }
        if (organisations.existing(List.of(organisationId)).isEmpty()) {
            throw new NotFoundException(ObjectKind.ORGANISATION, organisationId);
        }
        if (transactions.getTransactionKey() != null) {
            transactions.putResource(key, Boolean.TRUE);
        }
    }

    /** The organisations whose objects refer to the object (e.g. every user of a catalogue entry). */
    public java.util.SortedSet<Long> organisationsReferring(ObjectKind kind, long id) {
        java.util.SortedSet<Long> organisations = new java.util.TreeSet<>();
        for (ReferenceSource source : referenceSources) {
            organisations.addAll(source.organisationsReferring(kind, id));
        }
        return organisations;
    }

    /** Refuses to delete an object something still refers to (409, naming what). */
    public void requireUnreferenced(ObjectKind kind, long id) {
        List<ReferenceSource.Reference> references = references(kind, id);
        if (!references.isEmpty()) {
            throw new ConflictException("conflict.referenced", kind, String.valueOf(id),
                    references.stream().map(ReferenceSource.Reference::text).toList());
        }
    }
}
