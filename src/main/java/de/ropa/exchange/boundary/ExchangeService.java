package de.ropa.exchange.boundary;

import de.ropa.activities.boundary.ActivityService;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.catalogue.boundary.CatalogueService;
import de.ropa.catalogue.entity.CatalogueMeasure;
import de.ropa.catalogue.entity.MessengerService;
import de.ropa.channels.boundary.ChannelService;
import de.ropa.channels.entity.Channel;
import de.ropa.exchange.boundary.RegisterDocument.ActivityEntry;
import de.ropa.exchange.boundary.RegisterDocument.ChannelEntry;
import de.ropa.exchange.boundary.RegisterDocument.MeasureEntry;
import de.ropa.exchange.boundary.RegisterDocument.ProcessorEntry;
import de.ropa.exchange.boundary.RegisterDocument.TransferEntry;
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

/**
 * Exports an organisation's register as one document and imports such a document into an empty
 * organisation, all or nothing: the document is validated completely first, then every object is
 * created through its component's service in one transaction.
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
        DocumentMapper mapper = new DocumentMapper();
        List<Measure> measureList = mapper.keyed("M", all(Measure.class, orgId));
        List<Channel> channelList = mapper.keyed("C", all(Channel.class, orgId));
        List<Processor> processorList = mapper.keyed("P", all(Processor.class, orgId));
        List<Transfer> transferList = mapper.keyed("T", all(Transfer.class, orgId));
        List<ProcessingActivity> activityList = mapper.keyed("A", all(ProcessingActivity.class, orgId));
        store.fetch(Channel.class, channelList, "measures", "devices");
        store.fetch(Processor.class, processorList, "services", "channels");
        store.fetch(Transfer.class, transferList, "channels");
        store.fetch(ProcessingActivity.class, activityList, ActivityService.COLLECTIONS);

        RegisterDocument document = new RegisterDocument();
        document.exportedAt = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        document.organisation = OrganisationRequest.from(organisation);
        document.measures = measureList.stream().map(mapper::measure).toList();
        document.channels = channelList.stream().map(mapper::channel).toList();
        document.processors = processorList.stream().map(mapper::processor).toList();
        document.transfers = transferList.stream().map(mapper::transfer).toList();
        document.activities = activityList.stream().map(mapper::activity).toList();
        return document;
    }

    /** Imports into an organisation that has no register objects yet; answers the counts created. */
    @RolesAllowed({Role.DPO_NAME, Role.INTEGRATION_NAME})
    public Map<String, Integer> importInto(long orgId, RegisterDocument document) {
        Organisation organisation = organisations.find(orgId);
        requireEmpty(orgId);
        List<FieldProblem> problems = new ArrayList<>();
        resolveCatalogueCodes(document, problems);
        validate(document, problems);
        Set<String> measureKeys = keys("measures", document.measures, e -> e.key, problems);
        Set<String> channelKeys = keys("channels", document.channels, e -> e.key, problems);
        Set<String> processorKeys = keys("processors", document.processors, e -> e.key, problems);
        Set<String> transferKeys = keys("transfers", document.transfers, e -> e.key, problems);
        keys("activities", document.activities, e -> e.key, problems);
        checkReferences(document, measureKeys, channelKeys, processorKeys, transferKeys, problems);
        throwIfAny(problems);

        String name = organisation.getName();
        Map<String, Object> before = Map.of("organisation", OrganisationRequest.from(organisation));
        Map<String, Integer> counts = trail.summarised(() -> createAll(orgId, organisation, document));
        Map<String, Object> imported = new LinkedHashMap<>();
        imported.put("imported", counts);
        imported.put("document", document);
        trail.record(orgId, ObjectKind.REGISTER, orgId, name, "IMPORT", before, imported);
        return counts;
    }

    private Map<String, Integer> createAll(long orgId, Organisation organisation, RegisterDocument document) {
        // every create flushes itself; the automatic flush before each of the thousands of lookups an import
        // makes (links, organisation) would only check the same objects again: more than half of its time
        store.em().setFlushMode(FlushModeType.COMMIT);
        organisations.update(orgId, organisation.getVersion(), document.organisation);
        Map<String, Long> measureIds = create("measures", document.measures, e -> e.key, e -> measures.create(orgId, e).getId());
        Map<String, Long> channelIds = create("channels", document.channels, e -> e.key, e -> {
            e.measureIds = ids(e.measureKeys, measureIds);
            return channels.create(orgId, e).getId();
        });
        Map<String, Long> processorIds = createProcessors(orgId, document.processors, channelIds);
        Map<String, Long> transferIds = create("transfers", document.transfers, e -> e.key, e -> {
            e.processorId = e.processorKey == null ? null : processorIds.get(e.processorKey);
            e.channelIds = ids(e.channelKeys, channelIds);
            return transfers.create(orgId, e).getId();
        });
        create("activities", document.activities, e -> e.key, e -> {
            e.channelIds = ids(e.channelKeys, channelIds);
            e.measureIds = ids(e.measureKeys, measureIds);
            e.transferIds = ids(e.transferKeys, transferIds);
            for (int i = 0; i < e.recipients.size(); i++) {
                String key = i < e.recipientProcessorKeys.size() ? e.recipientProcessorKeys.get(i) : null;
                e.recipients.get(i).processorId = key == null ? null : processorIds.get(key);
            }
            return activities.create(orgId, e).getId();
        });
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("measures", document.measures.size());
        counts.put("channels", document.channels.size());
        counts.put("processors", document.processors.size());
        counts.put("transfers", document.transfers.size());
        counts.put("activities", document.activities.size());
        return counts;
    }

    private <E extends de.ropa.platform.entity.OrganisationScoped> List<E> all(Class<E> type, long orgId) {
        return store.em().createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.organisationId = :org ORDER BY e.id", type)
                .setParameter("org", orgId).getResultList();
    }

    private void requireEmpty(long orgId) {
        List<ReferenceSource.Reference> contents = store.references(ObjectKind.ORGANISATION, orgId);
        if (!contents.isEmpty()) {
            throw new ConflictException("import.notEmpty", String.valueOf(orgId),
                    contents.stream().map(ReferenceSource.Reference::text).toList());
        }
    }

    private void validate(RegisterDocument document, List<FieldProblem> problems) {
        if (document.formatVersion != null && document.formatVersion != RegisterDocument.FORMAT_VERSION) {
            problems.add(new FieldProblem("formatVersion", "import.formatVersion", RegisterDocument.FORMAT_VERSION));
        }
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
        violations.stream()
                // in a document a channel names its service by serviceCode, reported on its own
                .filter(v -> !(prefix.startsWith("channels[") && v.getPropertyPath().toString().equals("serviceId")))
                .forEach(v -> problems.add(new FieldProblem(prefix + v.getPropertyPath(), Text.of(v))));
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

    private void resolveCatalogueCodes(RegisterDocument document, List<FieldProblem> problems) {
        for (int i = 0; i < document.channels.size(); i++) {
            ChannelEntry channel = document.channels.get(i);
            MessengerService service = channel.serviceCode == null ? null : catalogue.serviceByCode(channel.serviceCode);
            if (service == null) {
                problems.add(new FieldProblem("channels[" + i + "].serviceCode", "import.unknownServiceCode", channel.serviceCode));
            } else {
                channel.serviceId = service.getId();
            }
        }
        for (int i = 0; i < document.processors.size(); i++) {
            ProcessorEntry processor = document.processors.get(i);
            List<Long> ids = new ArrayList<>();
            for (String code : processor.serviceCodes) {
                MessengerService service = catalogue.serviceByCode(code);
                if (service == null) {
                    problems.add(new FieldProblem("processors[" + i + "].serviceCodes", "import.unknownServiceCode", code));
                } else {
                    ids.add(service.getId());
                }
            }
            processor.serviceIds = ids;
        }
        for (int i = 0; i < document.measures.size(); i++) {
            MeasureEntry measure = document.measures.get(i);
            if (measure.catalogueCode != null) {
                CatalogueMeasure template = catalogue.measureByCode(measure.catalogueCode);
                if (template == null) {
                    problems.add(new FieldProblem("measures[" + i + "].catalogueCode", "import.unknownMeasureCode", measure.catalogueCode));
                } else {
                    measure.catalogueMeasureId = template.getId();
                }
            }
        }
    }

    private static void checkReferences(RegisterDocument d, Set<String> measureKeys, Set<String> channelKeys,
                                        Set<String> processorKeys, Set<String> transferKeys, List<FieldProblem> problems) {
        for (int i = 0; i < d.channels.size(); i++) {
            known("channels[" + i + "].measureKeys", d.channels.get(i).measureKeys, measureKeys, problems);
        }
        for (int i = 0; i < d.processors.size(); i++) {
            ProcessorEntry p = d.processors.get(i);
            known("processors[" + i + "].channelKeys", p.channelKeys, channelKeys, problems);
            known("processors[" + i + "].mainProcessorKey", p.mainProcessorKey == null ? List.of() : List.of(p.mainProcessorKey), processorKeys, problems);
        }
        for (int i = 0; i < d.transfers.size(); i++) {
            TransferEntry t = d.transfers.get(i);
            known("transfers[" + i + "].channelKeys", t.channelKeys, channelKeys, problems);
            known("transfers[" + i + "].processorKey", t.processorKey == null ? List.of() : List.of(t.processorKey), processorKeys, problems);
        }
        for (int i = 0; i < d.activities.size(); i++) {
            ActivityEntry a = d.activities.get(i);
            known("activities[" + i + "].channelKeys", a.channelKeys, channelKeys, problems);
            known("activities[" + i + "].measureKeys", a.measureKeys, measureKeys, problems);
            known("activities[" + i + "].transferKeys", a.transferKeys, transferKeys, problems);
            known("activities[" + i + "].recipientProcessorKeys",
                    a.recipientProcessorKeys.stream().filter(k -> k != null).toList(), processorKeys, problems);
        }
    }

    private static void known(String field, List<String> used, Set<String> defined, List<FieldProblem> problems) {
        List<String> unknown = used == null ? List.of() : used.stream().filter(k -> !defined.contains(k)).toList();
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem(field, "import.unknownKeys", unknown));
        }
    }

    /** Processors that others engage first, so every sub-processor finds its main processor created. */
    private Map<String, Long> createProcessors(long orgId, List<ProcessorEntry> entries, Map<String, Long> channelIds) {
        Map<String, Long> ids = new HashMap<>();
        List<ProcessorEntry> pending = new ArrayList<>(entries);
        while (!pending.isEmpty()) {
            List<ProcessorEntry> ready = pending.stream()
                    .filter(p -> p.mainProcessorKey == null || ids.containsKey(p.mainProcessorKey)).toList();
            if (ready.isEmpty()) {
                throw new InvalidFieldException("processors", "import.processorCycle", pending.stream().map(p -> p.key).toList());
            }
            for (ProcessorEntry p : ready) {
                p.mainProcessorId = p.mainProcessorKey == null ? null : ids.get(p.mainProcessorKey);
                p.channelIds = ids(p.channelKeys, channelIds);
                ids.put(p.key, withContext("processors[" + entries.indexOf(p) + "].", () -> processors.create(orgId, p).getId()));
                clearEvery(ids.size());
            }
            pending.removeAll(ready);
        }
        return ids;
    }

    private <E> Map<String, Long> create(String list, List<E> entries, Function<E, String> key, Function<E, Long> creator) {
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            E entry = entries.get(i);
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
    private static Long withContext(String prefix, java.util.function.Supplier<Long> action) {
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
