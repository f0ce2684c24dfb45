package de.ropa.organisations.boundary;

import de.ropa.organisations.entity.OrganisationType;
import de.ropa.platform.control.FactsQuery;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/** What the findings' rules read of the controller itself (Art. 30(1)(a)). */
public record OrganisationFacts(long id, String name, OrganisationType type, String street, String postalCode, String city,
                                String email, String phone, String dpoName, String dpoEmail, String dpoPhone) {

    /** For the other kinds' facts: the type of each organisation in the scope (null where none is recorded), in one query. */
    public static Map<Long, OrganisationType> types(FactsQuery query) {
        Map<Long, OrganisationType> types = new HashMap<>();
        load(query).forEach(o -> types.put(o.id(), o.type()));
        return types;
    }

    /** The scope's organisations, in one query. */
    public static List<OrganisationFacts> load(FactsQuery query) {
        Map<String, Object> parameters = query.scope().organisations() == null ? Map.of()
                : Map.of("orgs", query.scope().organisations());
        String jpql = "SELECT o.id AS objectid, o.name AS name, o.organisationType AS organisationtype, o.street AS street,"
                + " o.postalCode AS postalcode, o.city AS city, o.email AS email, o.phone AS phone, o.dpoName AS dponame,"
                + " o.dpoEmail AS dpoemail, o.dpoPhone AS dpophone"
                + " FROM Organisation o" + (query.scope().organisations() == null ? "" : " WHERE o.id IN :orgs");
        return query.run(jpql, parameters).stream().map(o -> new OrganisationFacts(o.id("objectid"), o.text("name"),
                o.get("organisationtype", OrganisationType.class), o.text("street"), o.text("postalcode"), o.text("city"),
                o.text("email"), o.text("phone"), o.text("dponame"), o.text("dpoemail"), o.text("dpophone"))).toList();
    }
}
