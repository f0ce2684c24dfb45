package de.ropa.transfers.boundary;

import de.ropa.channels.entity.ChannelStatus;
import de.ropa.platform.control.FactsQuery;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.transfers.entity.Derogation;
import de.ropa.transfers.entity.TransferMechanism;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the findings' rules read of a third-country transfer, with the number of channels in use that send data through it. */
public record TransferFacts(long id, long organisationId, String recipient, String country,
                            TransferMechanism mechanism, Derogation derogation, boolean dpfChecked,
                            LocalDate dpfCheckedOn, boolean tiaDone, boolean safeguardsDocumented,
                            int channelsInUse) {

    /** The scope's transfers, in two queries. */
    public static List<TransferFacts> load(FactsQuery query) {
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
                channels.getOrDefault(r.id("objectid"), 0))).toList();
    }
}
