package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.AddressBookUpload;
import de.ropa.catalogue.entity.DpaOffer;
import de.ropa.catalogue.entity.ServiceVariant;
import de.ropa.platform.control.FactsQuery;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/** What the findings' rules read of a catalogue messenger service. */
public record ServiceFacts(long id, String code, String name, ServiceVariant variant, DpaOffer dpaOffered,
                           AddressBookUpload addressBookUpload, LocalDate verifiedOn, LocalDateTime factsChangedAt) {

    /** Every catalogue service by id, in one query. */
    public static Map<Long, ServiceFacts> load(FactsQuery query) {
        Map<Long, ServiceFacts> services = new HashMap<>();
        query.run("SELECT s.id AS objectid, s.code AS code, s.name AS name, s.variant AS variant,"
                + " s.dpaOffered AS dpaoffered, s.addressBookUpload AS addressbookupload, s.verifiedOn AS verifiedon,"
                + " s.factsChangedAt AS factschangedat FROM MessengerService s", Map.of()).forEach(s ->
                services.put(s.id("objectid"), new ServiceFacts(s.id("objectid"), s.text("code"), s.text("name"),
                        s.get("variant", ServiceVariant.class), s.get("dpaoffered", DpaOffer.class),
                        s.get("addressbookupload", AddressBookUpload.class), s.get("verifiedon", LocalDate.class),
                        s.get("factschangedat", LocalDateTime.class))));
        return services;
    }
}
