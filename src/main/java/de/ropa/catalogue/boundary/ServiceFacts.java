package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.AddressBookUpload;
import de.ropa.catalogue.entity.DeletionOptions;
import de.ropa.catalogue.entity.DpaOffer;
import de.ropa.catalogue.entity.DpfStatus;
import de.ropa.catalogue.entity.FactState;
import de.ropa.catalogue.entity.FactTopic;
import de.ropa.catalogue.entity.ProviderRole;
import de.ropa.catalogue.entity.ServerRegion;
import de.ropa.catalogue.entity.ServiceFact;
import de.ropa.catalogue.entity.ServiceVariant;
import de.ropa.platform.control.FactsQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the findings' rules read of a catalogue messenger service, with the state of each of its facts. */
public record ServiceFacts(long id, String code, String name, String provider, ServiceVariant variant, ProviderRole providerRole,
                           ServerRegion serverRegion, DpaOffer dpaOffered, DpfStatus dpfStatus,
                           AddressBookUpload addressBookUpload, DeletionOptions deletionOptions,
                           Map<FactTopic, Check> checks,
                           LocalDateTime factsChangedAt) {

    /** How far one fact can be relied on: its state and when it was last checked. */
    public record Check(FactState state, LocalDate checkedOn) {
    }

    /** Every catalogue service by id, in two queries. */
    public static Map<Long, ServiceFacts> load(FactsQuery query) {
        Map<Long, Map<FactTopic, Check>> checks = new HashMap<>();
        query.run("SELECT f.service.id AS serviceid, f.topic AS topic, f.state AS state, f.checkedOn AS checkedon"
                + " FROM ServiceFact f", Map.of()).forEach(f ->
                checks.computeIfAbsent(f.id("serviceid"), id -> new EnumMap<>(FactTopic.class))
                        .put(f.get("topic", FactTopic.class), new Check(f.get("state", FactState.class),
                                f.get("checkedon", LocalDate.class))));
        Map<Long, ServiceFacts> services = new HashMap<>();
        query.run("SELECT s.id AS objectid, s.code AS code, s.name AS name, s.provider AS provider, s.variant AS variant,"
                + " s.providerRole AS providerrole, s.serverRegion AS serverregion, s.dpaOffered AS dpaoffered,"
                + " s.dpfStatus AS dpfstatus, s.addressBookUpload AS addressbookupload, s.deletionOptions AS deletionoptions,"
                + " s.factsChangedAt AS factschangedat FROM MessengerService s", Map.of()).forEach(s -> {
            long id = s.id("objectid");
            services.put(id, new ServiceFacts(id, s.text("code"), s.text("name"), s.text("provider"),
                    s.get("variant", ServiceVariant.class),
                    s.get("providerrole", ProviderRole.class), s.get("serverregion", ServerRegion.class),
                    s.get("dpaoffered", DpaOffer.class), s.get("dpfstatus", DpfStatus.class),
                    s.get("addressbookupload", AddressBookUpload.class), s.get("deletionoptions", DeletionOptions.class),
                    checks.getOrDefault(id, Map.of()),
                    s.get("factschangedat", LocalDateTime.class)));
        });
        return services;
    }

    /** The topics whose fact is missing or not verified, with their state (a missing fact counts as unverified). */
    public Map<FactTopic, FactState> unreliable() {
        Map<FactTopic, FactState> unreliable = new EnumMap<>(FactTopic.class);
        for (FactTopic topic : FactTopic.values()) {
            Check check = checks.get(topic);
            FactState state = check == null ? FactState.UNVERIFIED : check.state();
            if (state != FactState.VERIFIED) {
                unreliable.put(topic, state);
            }
        }
        return unreliable;
    }

    /** The verified topics due to be checked again today (see {@link ServiceFact#checkDue}). */
    public List<FactTopic> checksDue(LocalDate today) {
        List<FactTopic> stale = new ArrayList<>();
        checks.forEach((topic, check) -> {
            if (ServiceFact.checkDue(check.state(), check.checkedOn(), today)) {
                stale.add(topic);
            }
        });
        stale.sort(null);
        return stale;
    }
}
