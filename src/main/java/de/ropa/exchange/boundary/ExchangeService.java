package de.ropa.exchange.boundary;

import de.ropa.activities.boundary.ActivityService;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.catalogue.boundary.CatalogueService;
import de.ropa.catalogue.entity.CatalogueMeasure;
import de.ropa.catalogue.entity.MessengerService;
import de.ropa.channels.boundary.ChannelService;
import de.ropa.channels.entity.Channel;
import de.ropa.measures.boundary.MeasureService;
import de.ropa.measures.entity.Measure;
import de.ropa.organisations.boundary.OrganisationRequest;
import de.ropa.organisations.boundary.OrganisationService;
import de.ropa.organisations.entity.Organisation;
import de.ropa.platform.control.ConflictException;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.ReferenceSource;
import de.ropa.platform.control.RegisterStore;
import de.ropa.platform.control.Trail;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.entity.Role;
import de.ropa.platform.i18n.Text;
import de.ropa.processors.boundary.ProcessorService;
import de.ropa.processors.entity.Processor;
import de.ropa.transfers.boundary.TransferService;
import de.ropa.transfers.entity.Transfer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Exports an organisation's register as one document and imports such a document into an empty organisation, or
 * adds a document's objects to one that has a register (the spreadsheet import), all or nothing: the document is
 * validated completely first, then every object is created through its component's service in one transaction.
 */
@ApplicationScoped
@Transactional
public class ExchangeService {

    private static final int MAX_REPORTED_PROBLEMS = 100;
    private static final int CLEAR_EVERY = 100;


    @Inject
    Trail trail;

    @Inject
    RegisterStore store;

    @Inject
    OrganisationService organisations;

    @Inject
    CatalogueService catalogue;

    @Inject
    MeasureService measures;

    @Inject
    ChannelService channels;

    @Inject
    ProcessorService processors;

    @Inject
    TransferService transfers;

    @Inject
    ActivityService activities;

    @Inject
    Validator validator;

    public RegisterDocument export(long orgId) {
        Organisation organisation = organisations.find(orgId);
        DocumentKeys keys = new DocumentKeys();
        List<Measure> measureList = keys.keyed("M", measures.all(orgId));
        List<Channel> channelList = keys.keyed("C", channels.all(orgId));
        List<Processor> processorList = keys.keyed("P", processors.all(orgId));
        List<Transfer> transferList = keys.keyed("T", transfers.all(orgId));
        List<ProcessingActivity> activityList = keys.keyed("A", activities.all(orgId));

        RegisterDocument document = new RegisterDocument();
        document.exportedAt = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        document.organisation = DocumentOrganisation.of(organisation);
        document.measures = measureList.stream().map(m -> DocumentMeasure.of(m, keys)).toList();
        document.channels = channelList.stream().map(c -> DocumentChannel.of(c, keys)).toList();
        document.processors = processorList.stream().map(p -> DocumentProcessor.of(p, keys)).toList();
        document.transfers = transferList.stream().map(t -> DocumentTransfer.of(t, keys)).toList();
        document.activities = activityList.stream().map(a -> DocumentActivity.of(a, keys)).toList();
        return document;
    }

    /** Imports into an organisation that has no register objects yet; answers the counts created. */
    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public Map<String, Integer> importInto(long orgId, RegisterDocument document) {
        organisations.find(orgId); // another organisation's register is not found, whether empty or not
        requireEmpty(orgId);
        return add(orgId, document, false, true);
    }

    /**
     * Adds a document's objects to an organisation, all or nothing, as one trail entry. Into an empty organisation the
     * document's organisation details replace the current ones; into one that has a register, they are left alone, a
     * channel, processor, measure or transfer that the organisation already has (by name) is linked instead of created
     * again, and an activity whose name the register already holds is refused, never overwritten. A rehearsal does all
     * of it, every service's rule included, and then rolls back ({@link ImportRehearsed} carries what it would create).
     */
    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public Map<String, Integer> add(long orgId, RegisterDocument document, boolean rehearsal) {
        return add(orgId, document, rehearsal, false);
    }

    /** {@code detailsRequired}: the document must state the organisation (a whole register does; a sheet of activities need not). */
    private Map<String, Integer> add(long orgId, RegisterDocument document, boolean rehearsal, boolean detailsRequired) {
        Organisation organisation = organisations.find(orgId);
        boolean empty = store.references(ObjectKind.ORGANISATION, orgId).isEmpty();
        boolean replaceDetails = empty && document.organisation != null;
        if (document.organisation == null && !detailsRequired) {
            document.organisation = DocumentOrganisation.of(organisation); // states nothing new; validated as it is
        }
        document.withEmptyListsForMissingOnes();
        List<FieldProblem> problems = new ArrayList<>();
        CatalogueCodes codes = resolveCatalogueCodes(document, problems);
        validate(document, problems);
        Set<String> measureKeys = keys("measures", document.measures, e -> e.key, problems);
        Set<String> channelKeys = keys("channels", document.channels, e -> e.key, problems);
        Set<String> processorKeys = keys("processors", document.processors, e -> e.key, problems);
        Set<String> transferKeys = keys("transfers", document.transfers, e -> e.key, problems);
        keys("activities", document.activities, e -> e.key, problems);
        checkReferences(document, measureKeys, channelKeys, processorKeys, transferKeys, problems);
        Existing existing = empty ? Existing.NONE : existing(orgId, document, problems);
        throwIfAny(problems);

        String name = organisation.getName();
        Map<String, Object> before = Map.of("organisation", DocumentOrganisation.of(organisation));
        Map<String, Integer> counts = trail.summarised(() -> createAll(orgId, organisation, document, codes, existing, replaceDetails));
        trail.record(orgId, ObjectKind.REGISTER, orgId, name, "IMPORT", before, new ImportAuditSnapshot(counts, document));
        if (rehearsal) {
            throw new ImportRehearsed(counts);
        }
        return counts;
    }

    /** The organisation's objects a document names again, by key; and an activity named twice is a problem. */
    private Existing existing(long orgId, RegisterDocument document, List<FieldProblem> problems) {
        Map<String, Long> channelIds = matching(document.channels, e -> e.key, e -> e.name, channels.all(orgId), Channel::getName);
        Map<String, Long> processorIds = matching(document.processors, e -> e.key, e -> e.name, processors.all(orgId), Processor::getName);
        Map<String, Long> measureIds = matching(document.measures, e -> e.key, e -> e.title, measures.all(orgId), Measure::getTitle);
        Map<String, Long> transferIds = matching(document.transfers, e -> e.key, e -> e.recipient + "\n" + e.country,
                transfers.all(orgId), t -> t.getRecipient() + "\n" + t.getCountry());
        // names only: a register imported in parts holds tens of thousands of activities by the last part
        Set<String> activityNames = new HashSet<>(activities.choices(orgId).values().stream().map(ExchangeService::comparable).toList());
        for (int i = 0; i < document.activities.size(); i++) {
            if (activityNames.contains(comparable(document.activities.get(i).name))) {
                problems.add(new FieldProblem("activities[" + i + "].name", "import.activityExists", document.activities.get(i).name));
            }
        }
        return new Existing(channelIds, processorIds, measureIds, transferIds);
    }

    private static <E, T extends de.ropa.platform.entity.Tracked> Map<String, Long> matching(List<E> entries,
            Function<E, String> key, Function<E, String> name, List<T> present, Function<T, String> presentName) {
        Map<String, Long> byName = new HashMap<>();
        present.forEach(p -> byName.putIfAbsent(comparable(presentName.apply(p)), p.getId()));
        Map<String, Long> ids = new HashMap<>();
        for (E entry : entries) {
            Long id = byName.get(comparable(name.apply(entry)));
            if (id != null && key.apply(entry) != null) {
                ids.put(key.apply(entry), id);
            }
        }
        return ids;
    }

    private static String comparable(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** The ids of the objects already present that a document's keys stand for: linked, not created again. */
    record Existing(Map<String, Long> channels, Map<String, Long> processors, Map<String, Long> measures,
                    Map<String, Long> transfers) {

        static final Existing NONE = new Existing(Map.of(), Map.of(), Map.of(), Map.of());
    }

    private Map<String, Integer> createAll(long orgId, Organisation organisation, RegisterDocument document,
                                           CatalogueCodes codes, Existing existing, boolean replaceDetails) {
        // the objects are flushed in batches (clearEvery), not one by one, and not before each of the thousands of
        // lookups an import makes: each flush checks every object the persistence context holds
        store.em().setFlushMode(FlushModeType.COMMIT);
        if (replaceDetails) {
            OrganisationRequest details = document.organisation.toRequest();
            if (!document.statesOrganisationType()) {
                details.organisationType = organisation.getOrganisationType(); // keep what the document cannot state
            }
            organisations.update(orgId, organisation.getVersion(), details);
        }
        Map<String, Long> measureIds = create("measures", document.measures, e -> e.key, existing.measures(),
                e -> measures.create(orgId, e.toRequest(codes.measures.get(e.catalogueCode))).getId());
        Map<String, Long> channelIds = create("channels", document.channels, e -> e.key, existing.channels(),
                e -> channels.create(orgId, e.toRequest(codes.services.get(e.serviceCode), ids(e.measureKeys, measureIds))).getId());
        Map<String, Long> processorIds = createProcessors(orgId, document.processors, codes, channelIds, existing.processors());
        Map<String, Long> transferIds = create("transfers", document.transfers, e -> e.key, existing.transfers(),
                e -> transfers.create(orgId, e.toRequest(e.processorKey == null ? null : processorIds.get(e.processorKey),
                        ids(e.channelKeys, channelIds))).getId());
        create("activities", document.activities, e -> e.key, Map.of(),
                e -> activities.create(orgId, e.toRequest(ids(e.channelKeys, channelIds), ids(e.measureKeys, measureIds),
                        ids(e.transferKeys, transferIds), processorIds::get)).getId());
        // the last batch: what the database refuses is refused here, in a rehearsal too
        store.em().flush();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("measures", document.measures.size() - existing.measures().size());
        counts.put("channels", document.channels.size() - existing.channels().size());
        counts.put("processors", document.processors.size() - existing.processors().size());
        counts.put("transfers", document.transfers.size() - existing.transfers().size());
        counts.put("activities", document.activities.size());
        return counts;
    }

    private void requireEmpty(long orgId) {
        List<ReferenceSource.Reference> contents = store.references(ObjectKind.ORGANISATION, orgId);
        if (!contents.isEmpty()) {
            throw new ConflictException("import.notEmpty", String.valueOf(orgId),
                    contents.stream().map(ReferenceSource.Reference::text).toList());
        }
    }

    private void validate(RegisterDocument document, List<FieldProblem> problems) {
        addViolations("", validator.validate(document), problems);
        validateEach("measures", document.measures, problems);
        validateEach("channels", document.channels, problems);
        validateEach("processors", document.processors, problems);
        validateEach("transfers", document.transfers, problems);
        validateEach("activities", document.activities, problems);
    }

    private <E> void validateEach(String list, List<E> entries, List<FieldProblem> problems) {
        for (int i = 0; i < entries.size() && problems.size() < MAX_REPORTED_PROBLEMS; i++) {
            if (entries.get(i) != null) {
                addViolations(list + "[" + i + "].", validator.validate(entries.get(i)), problems);
            }
        }
    }

    private static <E> void addViolations(String prefix, Set<ConstraintViolation<E>> violations, List<FieldProblem> problems) {
        violations.forEach(v -> problems.add(new FieldProblem(prefix + v.getPropertyPath(), Text.of(v))));
    }

    private static <E> Set<String> keys(String list, List<E> entries, Function<E, String> key, List<FieldProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String k = entries.get(i) == null ? null : key.apply(entries.get(i));
            if (k == null || k.isBlank()) {
                problems.add(new FieldProblem(list + "[" + i + "].key", "import.keyBlank"));
            } else if (!seen.add(k)) {
                problems.add(new FieldProblem(list + "[" + i + "].key", "import.keyTwice", k));
            }
        }
        return seen;
    }

    /** The catalogue's ids for the codes a document names. */
    private record CatalogueCodes(Map<String, Long> services, Map<String, Long> measures) {
    }

    private CatalogueCodes resolveCatalogueCodes(RegisterDocument document, List<FieldProblem> problems) {
        CatalogueCodes codes = new CatalogueCodes(new HashMap<>(), new HashMap<>());
        for (int i = 0; i < document.channels.size(); i++) {
            String code = document.channels.get(i) == null ? null : document.channels.get(i).serviceCode;
            if (code != null && !resolveService(code, codes)) {
                problems.add(new FieldProblem("channels[" + i + "].serviceCode", "import.unknownServiceCode", code));
            }
        }
        for (int i = 0; i < document.processors.size(); i++) {
            List<String> serviceCodes = document.processors.get(i) == null ? null : document.processors.get(i).serviceCodes;
            for (String code : serviceCodes == null ? List.<String>of() : serviceCodes) {
                if (code != null && !resolveService(code, codes)) {
                    problems.add(new FieldProblem("processors[" + i + "].serviceCodes", "import.unknownServiceCode", code));
                }
            }
        }
        for (int i = 0; i < document.measures.size(); i++) {
            String code = document.measures.get(i) == null ? null : document.measures.get(i).catalogueCode;
            if (code != null && !codes.measures.containsKey(code)) {
                CatalogueMeasure template = catalogue.measureByCode(code);
                if (template == null) {
                    problems.add(new FieldProblem("measures[" + i + "].catalogueCode", "import.unknownMeasureCode", code));
                } else {
                    codes.measures.put(code, template.getId());
                }
            }
        }
        return codes;
    }

    private boolean resolveService(String code, CatalogueCodes codes) {
        if (!codes.services.containsKey(code)) {
            MessengerService service = catalogue.serviceByCode(code);
            if (service == null) {
                return false;
            }
            codes.services.put(code, service.getId());
        }
        return true;
    }

    private static void checkReferences(RegisterDocument d, Set<String> measureKeys, Set<String> channelKeys,
                                        Set<String> processorKeys, Set<String> transferKeys, List<FieldProblem> problems) {
        // a null entry is reported by the validation; there is nothing in it to check
        for (int i = 0; i < d.channels.size(); i++) {
            if (d.channels.get(i) != null) {
                known("channels[" + i + "].measureKeys", d.channels.get(i).measureKeys, measureKeys, problems);
            }
        }
        for (int i = 0; i < d.processors.size(); i++) {
            DocumentProcessor p = d.processors.get(i);
            if (p == null) {
                continue;
            }
            known("processors[" + i + "].channelKeys", p.channelKeys, channelKeys, problems);
            known("processors[" + i + "].mainProcessorKey", p.mainProcessorKey == null ? List.of() : List.of(p.mainProcessorKey), processorKeys, problems);
        }
        for (int i = 0; i < d.transfers.size(); i++) {
            DocumentTransfer t = d.transfers.get(i);
            if (t == null) {
                continue;
            }
            known("transfers[" + i + "].channelKeys", t.channelKeys, channelKeys, problems);
            known("transfers[" + i + "].processorKey", t.processorKey == null ? List.of() : List.of(t.processorKey), processorKeys, problems);
        }
        for (int i = 0; i < d.activities.size(); i++) {
            DocumentActivity a = d.activities.get(i);
            if (a == null) {
                continue;
            }
            known("activities[" + i + "].channelKeys", a.channelKeys, channelKeys, problems);
            known("activities[" + i + "].measureKeys", a.measureKeys, measureKeys, problems);
            known("activities[" + i + "].transferKeys", a.transferKeys, transferKeys, problems);
            for (int r = 0; a.recipients != null && r < a.recipients.size(); r++) {
                DocumentActivity.Recipient recipient = a.recipients.get(r);
                if (recipient != null && recipient.processorKey != null) {
                    known("activities[" + i + "].recipients[" + r + "].processorKey", List.of(recipient.processorKey),
                            processorKeys, problems);
                }
            }
        }
    }

    private static void known(String field, List<String> used, Set<String> defined, List<FieldProblem> problems) {
        List<String> unknown = used == null ? List.of() : used.stream().filter(k -> !defined.contains(k)).toList();
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem(field, "import.unknownKeys", unknown));
        }
    }

    /** Processors that others engage first, so every sub-processor finds its main processor created. */
    private Map<String, Long> createProcessors(long orgId, List<DocumentProcessor> entries, CatalogueCodes codes,
                                               Map<String, Long> channelIds, Map<String, Long> present) {
        Map<String, Long> ids = new HashMap<>(present);
        List<DocumentProcessor> pending = new ArrayList<>(entries.stream().filter(p -> !present.containsKey(p.key)).toList());
        while (!pending.isEmpty()) {
            List<DocumentProcessor> ready = pending.stream()
                    .filter(p -> p.mainProcessorKey == null || ids.containsKey(p.mainProcessorKey)).toList();
            if (ready.isEmpty()) {
                throw new InvalidFieldException("processors", "import.processorCycle", pending.stream().map(p -> p.key).toList());
            }
            for (DocumentProcessor p : ready) {
                Long mainProcessorId = p.mainProcessorKey == null ? null : ids.get(p.mainProcessorKey);
                List<Long> serviceIds = p.serviceCodes == null ? List.of() : p.serviceCodes.stream().map(codes.services::get).toList();
                ids.put(p.key, withContext("processors[" + entries.indexOf(p) + "].", () -> processors.create(orgId,
                        p.toRequest(mainProcessorId, serviceIds, ids(p.channelKeys, channelIds))).getId()));
                clearEvery(ids.size());
            }
            pending.removeAll(ready);
        }
        return ids;
    }

    private <E> Map<String, Long> create(String list, List<E> entries, Function<E, String> key, Map<String, Long> present,
                                         Function<E, Long> creator) {
        Map<String, Long> ids = new HashMap<>(present);
        for (int i = 0; i < entries.size(); i++) {
            E entry = entries.get(i);
            if (present.containsKey(key.apply(entry))) {
                continue;
            }
            ids.put(key.apply(entry), withContext(list + "[" + i + "].", () -> creator.apply(entry)));
            clearEvery(i + 1);
        }
        return ids;
    }

    /**
     * Every {@value #CLEAR_EVERY} objects of a list, the persistence context is flushed and emptied: otherwise
     * each flush and query checks every object created so far, and a large import takes quadratic time.
     */
    private void clearEvery(int createdSoFar) {
        if (createdSoFar % CLEAR_EVERY == 0) {
            store.em().flush();
            store.em().clear();
        }
    }

    /** A rule a service enforces (not Bean Validation) names the record it failed on. */
    private static Long withContext(String prefix, Supplier<Long> action) {
        try {
            return action.get();
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException(e.problems().stream()
                    .map(p -> p.at(prefix)).toList());
        }
    }

    private static List<Long> ids(List<String> keys, Map<String, Long> ids) {
        return keys == null ? List.of() : keys.stream().map(ids::get).toList();
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidFieldException(problems.size() > MAX_REPORTED_PROBLEMS
                    ? problems.subList(0, MAX_REPORTED_PROBLEMS) : problems);
        }
    }
}
