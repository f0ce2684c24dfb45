package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.CatalogueMeasure;
import de.ropa.catalogue.entity.MeasureKind;
import de.ropa.catalogue.entity.MessengerService;
import de.ropa.catalogue.entity.ServiceFact;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.NotFoundException;
import de.ropa.platform.control.ObjectNames;
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
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Owns the reference catalogues: messenger services and the TOM catalogue. They are shared by every
 * organisation and drive each one's findings, so only admins change them; each change is recorded once for
 * the installation and once in the trail of every organisation whose register uses the entry.
 */
@ApplicationScoped
@Transactional
public class CatalogueService implements ObjectNames {

    static final ObjectKind SERVICE = ObjectKind.MESSENGER_SERVICE;
    static final ObjectKind MEASURE = ObjectKind.CATALOGUE_MEASURE;
    private static final Map<String, String> SERVICE_SORT = Map.of("name", "e.name", "provider", "e.provider",
            "variant", "e.variant", "code", "e.code");
    private static final Map<String, String> MEASURE_SORT = Map.of("code", "e.code", "titleDe", "e.titleDe",
            "titleEn", "e.titleEn", "art32Letter", "e.art32Letter", "sdmGoal", "e.sdmGoal");

    @Inject
    RegisterStore store;

    @Inject
    Trail trail;

    // ---- messenger services

    public Page<MessengerService> services(PageRequest page, String text, String sort) {
        return page(MessengerService.class, page, text, "LOWER(e.name) LIKE :text OR LOWER(e.provider) LIKE :text",
                Sorting.orderBy(sort, SERVICE_SORT, "e.id"));
    }

    /** One page of services as the API and screens show them, each with its facts and their sources. */
    public Page<MessengerServiceResponse> serviceViews(PageRequest page, String text, String sort) {
        Page<MessengerService> services = services(page, text, sort);
        Map<Long, List<ServiceFact>> facts = factsOf(services.items().stream().map(MessengerService::getId).toList());
        return services.map(s -> MessengerServiceResponse.from(s, facts.getOrDefault(s.getId(), List.of())));
    }

    /** A service as the API and screens show it, with its facts and their sources. */
    public MessengerServiceResponse serviceView(long id) {
        MessengerService service = service(id);
        return MessengerServiceResponse.from(service, factsOf(List.of(id)).getOrDefault(id, List.of()));
    }

    /** The facts of the services with their sources, in one query (the screens read them outside this transaction). */
    private Map<Long, List<ServiceFact>> factsOf(List<Long> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Map.of();
        }
        return em().createQuery("SELECT DISTINCT f FROM ServiceFact f LEFT JOIN FETCH f.sources WHERE f.service.id IN :ids",
                        ServiceFact.class)
                .setParameter("ids", serviceIds)
                .getResultStream()
                .collect(Collectors.groupingBy(f -> f.getService().getId()));
    }

    public MessengerService service(long id) {
        MessengerService service = em().find(MessengerService.class, id);
        if (service == null) {
            throw new NotFoundException(SERVICE, id);
        }
        return service;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public MessengerService createService(MessengerServiceRequest request) {
        return create(request, null);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public MessengerService updateService(long id, long expectedVersion, MessengerServiceRequest request) {
        MessengerService service = service(id);
        store.requireVersion(service, SERVICE, expectedVersion);
        return update(service, request, null);
    }

    /**
     * Writes one service of a catalogue edition shipped with the application: adds it if the installation lacks it,
     * replaces it if an earlier edition wrote it, and leaves it alone once an admin changed it (answers false then).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public boolean applyEdition(String edition, MessengerServiceRequest request) {
        MessengerService existing = serviceByCode(request.code);
        if (existing == null) {
            create(request, edition);
            return true;
        }
        if (existing.getEdition() == null) {
            return false;
        }
        if (!edition.equals(existing.getEdition())) {
            update(existing, request, edition);
        }
        return true;
    }

    private MessengerService create(MessengerServiceRequest request, String edition) {
        validate(request);
        requireUniqueCode(MessengerService.class, request.code, null);
        MessengerService service = new MessengerService();
        request.applyTo(service);
        service.setEdition(edition);
        service.setFactsChangedAt(now());
        em().persist(service);
        em().flush();
        trail.record(null, ObjectKind.MESSENGER_SERVICE, service.getId(), service.getName(), "CREATE", null,
                MessengerServiceAuditSnapshot.of(service));
        return service;
    }

    /** Applies a change; a change by an admin (edition null) takes the service out of later editions' hands. */
    private MessengerService update(MessengerService service, MessengerServiceRequest request, String edition) {
        validate(request);
        long id = service.getId();
        requireUniqueCode(MessengerService.class, request.code, id);
        MessengerServiceAuditSnapshot before = MessengerServiceAuditSnapshot.of(service);
        if (request.applyTo(service)) {
            service.setFactsChangedAt(now());
        }
        service.setEdition(edition);
        service.touch();
        em().flush();
        recordForEveryUser(ObjectKind.MESSENGER_SERVICE, id, service.getName(), "UPDATE", before,
                MessengerServiceAuditSnapshot.of(service), usersOfService(id));
        return service;
    }

    private void validate(MessengerServiceRequest request) {
        store.validate(request);
        List<FieldProblem> problems = request.factProblems();
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems);
        }
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void deleteService(long id, long expectedVersion) {
        MessengerService service = service(id);
        store.requireVersion(service, SERVICE, expectedVersion);
        store.requireUnreferenced(SERVICE, id);
        MessengerServiceAuditSnapshot before = MessengerServiceAuditSnapshot.of(service);
        em().remove(service);
        em().flush();
        trail.record(null, ObjectKind.MESSENGER_SERVICE, id, service.getName(), "DELETE", before, null);
    }

    // ---- TOM catalogue

    public Page<CatalogueMeasure> measures(PageRequest page, String text, String sort) {
        return page(CatalogueMeasure.class, page, text, "LOWER(e.titleDe) LIKE :text OR LOWER(e.titleEn) LIKE :text",
                Sorting.orderBy(sort, MEASURE_SORT, "e.id"));
    }

    public CatalogueMeasure measure(long id) {
        CatalogueMeasure measure = em().find(CatalogueMeasure.class, id);
        if (measure == null) {
            throw new NotFoundException(MEASURE, id);
        }
        return measure;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public CatalogueMeasure createMeasure(CatalogueMeasureRequest request) {
        store.validate(request);
        requireUniqueCode(CatalogueMeasure.class, request.code, null);
        CatalogueMeasure measure = new CatalogueMeasure();
        request.applyTo(measure);
        requireArt32Letter(measure);
        em().persist(measure);
        em().flush();
        trail.record(null, ObjectKind.CATALOGUE_MEASURE, measure.getId(), measure.getTitleDe(), "CREATE", null,
                CatalogueMeasureResponse.from(measure));
        return measure;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public CatalogueMeasure updateMeasure(long id, long expectedVersion, CatalogueMeasureRequest request) {
        store.validate(request);
        CatalogueMeasure measure = measure(id);
        store.requireVersion(measure, MEASURE, expectedVersion);
        requireUniqueCode(CatalogueMeasure.class, request.code, id);
        CatalogueMeasureResponse before = CatalogueMeasureResponse.from(measure);
        request.applyTo(measure);
        requireArt32Letter(measure);
        measure.touch();
        em().flush();
        recordForEveryUser(ObjectKind.CATALOGUE_MEASURE, id, measure.getTitleDe(), "UPDATE", before, CatalogueMeasureResponse.from(measure),
                usersOfMeasure(id));
        return measure;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public void deleteMeasure(long id, long expectedVersion) {
        CatalogueMeasure measure = measure(id);
        store.requireVersion(measure, MEASURE, expectedVersion);
        store.requireUnreferenced(MEASURE, id);
        CatalogueMeasureResponse before = CatalogueMeasureResponse.from(measure);
        em().remove(measure);
        em().flush();
        trail.record(null, ObjectKind.CATALOGUE_MEASURE, id, measure.getTitleDe(), "DELETE", before, null);
    }

    /** Every service's name by its code, for recognising services that a text names. */
    public java.util.Map<String, String> serviceNames() {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        store.em().createQuery("SELECT s.code, s.name FROM MessengerService s ORDER BY s.id", Object[].class)
                .getResultList().forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** A catalogue service by its stable code, for imports and demo data. */
    public MessengerService serviceByCode(String code) {
        return em().createQuery("SELECT s FROM MessengerService s WHERE s.code = :code", MessengerService.class)
                .setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    public CatalogueMeasure measureByCode(String code) {
        return em().createQuery("SELECT m FROM CatalogueMeasure m WHERE m.code = :code", CatalogueMeasure.class)
                .setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    /** Organisations whose channels or processors use the service (as those components say). */
    private List<Long> usersOfService(long id) {
        return List.copyOf(store.organisationsReferring(ObjectKind.MESSENGER_SERVICE, id));
    }

    /** Organisations whose measures adopt the catalogue measure. */
    private List<Long> usersOfMeasure(long id) {
        return List.copyOf(store.organisationsReferring(ObjectKind.CATALOGUE_MEASURE, id));
    }

    /** One entry for the installation, and one in the trail of each organisation relying on the entry. */
    private void recordForEveryUser(ObjectKind kind, long id, String name, String action, Object before, Object after,
                                    List<Long> organisations) {
        trail.record(null, kind, id, name, action, before, after);
        organisations.forEach(org -> trail.record(org, kind, id, name, action, before, after));
    }

    private <E> Page<E> page(Class<E> type, PageRequest page, String text, String textCondition, String orderBy) {
        Filters filters = new Filters().text(text, textCondition);
        return store.pageOf(type, page, filters.conditions(), filters.parameters(), orderBy);
    }

    /** A security measure names the letter of Art. 32(1) it serves; the other kinds have none. */
    private static void requireArt32Letter(CatalogueMeasure measure) {
        if (measure.getKind() == MeasureKind.SECURITY && measure.getArt32Letter() == null) {
            throw new InvalidFieldException("art32Letter", "measure.art32ForSecurity");
        }
    }

    private void requireUniqueCode(Class<?> type, String code, Long ownId) {
        boolean clash = em().createQuery("SELECT e.id FROM " + type.getSimpleName() + " e WHERE e.code = :code", Long.class)
                .setParameter("code", code)
                .getResultStream()
                .anyMatch(id -> !id.equals(ownId));
        if (clash) {
            throw new InvalidFieldException("code", "catalogue.codeTaken");
        }
    }

    private EntityManager em() {
        return store.em();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    /** Names of catalogue entries: a messenger service's name, a catalogue measure's title in the language. */
    @Override
    public Map<Long, String> names(ObjectKind kind, Collection<Long> ids, Locale language) {
        String query = switch (kind) {
            case MESSENGER_SERVICE -> "SELECT e.id, e.name FROM MessengerService e WHERE e.id IN :ids";
            case CATALOGUE_MEASURE -> "SELECT e.id, " + (Locale.ENGLISH.getLanguage().equals(language.getLanguage())
                    ? "e.titleEn" : "e.titleDe") + " FROM CatalogueMeasure e WHERE e.id IN :ids";
            default -> null;
        };
        Map<Long, String> names = new java.util.HashMap<>();
        if (query != null && !ids.isEmpty()) {
            store.em().createQuery(query, Object[].class).setParameter("ids", ids).getResultList()
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }
}
