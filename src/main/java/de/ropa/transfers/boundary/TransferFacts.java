package de.ropa.transfers.boundary;

import de.ropa.catalogue.boundary.ServiceFacts;
import de.ropa.catalogue.entity.DpfStatus;
import de.ropa.channels.entity.ChannelStatus;
import de.ropa.platform.control.FactsQuery;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.transfers.entity.Derogation;
import de.ropa.transfers.entity.TransferMechanism;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the findings' rules read of a third-country transfer, with the number of channels in use that send data through
 * it and what the catalogue says about the DPF certification of the services behind it (its channels' services and
 * those its processor provides).
 */
public record TransferFacts(long id, long organisationId, String recipient, String country,
                            TransferMechanism mechanism, Derogation derogation, boolean dpfChecked,
                            LocalDate dpfCheckedOn, boolean tiaDone, boolean safeguardsDocumented,
                            int channelsInUse, Map<String, DpfStatus> catalogueDpf) {

    /** The scope's transfers, in four queries; the catalogue's services by id. */
    public static List<TransferFacts> load(FactsQuery query, Map<Long, ServiceFacts> services) {
        Map<Long, Map<String, DpfStatus>> dpf = new HashMap<>();
        Stream.concat(query.rows("SELECT t.id AS transfer, c.service.id AS service FROM Transfer t JOIN t.channels c"
                        + " WHERE {scope}", ObjectKind.TRANSFER, "t").stream(),
                query.rows("SELECT t.id AS transfer, s.id AS service FROM Transfer t JOIN t.processor p JOIN p.services s"
                        + " WHERE {scope}", ObjectKind.TRANSFER, "t").stream()).forEach(r -> {
                            ServiceFacts service = services.get(r.id("service"));
                            dpf.computeIfAbsent(r.id("transfer"), k -> new TreeMap<>()).put(service.code(), service.dpfStatus());
                        });
        Map<Long, Integer> channels = new HashMap<>();
        query.rows("SELECT t.id AS transfer, COUNT(c) AS channels FROM Transfer t JOIN t.channels c"
                        + " WHERE c.status <> :retired AND {scope} GROUP BY t.id", ObjectKind.TRANSFER, "t",
                Map.of("retired", ChannelStatus.RETIRED)).forEach(r ->
                channels.put(r.id("transfer"), ((Number) r.get("channels")).intValue()));
        return query.rows("SELECT t.id AS objectid, t.organisationId AS organisationid, t.recipient AS recipient,"
                + " t.country AS country, t.mechanism AS mechanism, t.derogation AS derogation, t.dpfChecked AS dpfchecked,"
                + " t.dpfCheckedOn AS dpfcheckedon, t.tiaDone AS tiadone, t.safeguardsDocumentation AS safeguards"
                + " FROM Transfer t WHERE {scope}", ObjectKind.TRANSFER, "t").stream().map(r -> new TransferFacts(
                r.id("objectid"), r.id("organisationid"), r.text("recipient"), r.text("country"),
                r.get("mechanism", TransferMechanism.class), r.get("derogation", Derogation.class), r.yes("dpfchecked"),
                r.get("dpfcheckedon", LocalDate.class), r.yes("tiadone"), r.present("safeguards"),
                channels.getOrDefault(r.id("objectid"), 0), dpf.getOrDefault(r.id("objectid"), Map.of()))).toList();
    }

    /** For the activities' facts: the channels a transfer in the scope names. */
    public static Set<Long> channelsWithTransfer(FactsQuery query) {
        Set<Long> channels = new HashSet<>();
        query.rows("SELECT DISTINCT c.id AS channel FROM Transfer t JOIN t.channels c WHERE {scope}", ObjectKind.TRANSFER,
                "t").forEach(r -> channels.add(r.id("channel")));
        return channels;
    }

    /** For the activities' facts: per processor, the countries of the transfers in the scope that name it. */
    public static Map<Long, Set<String>> countriesByProcessor(FactsQuery query) {
        Map<Long, Set<String>> countries = new HashMap<>();
        query.rows("SELECT p.id AS processor, t.country AS country FROM Transfer t JOIN t.processor p WHERE {scope}",
                ObjectKind.TRANSFER, "t").forEach(r -> countries.computeIfAbsent(r.id("processor"), k -> new TreeSet<>())
                .add(r.text("country")));
        return countries;
    }
}
