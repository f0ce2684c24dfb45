package de.ropa.platform.control;

import de.ropa.platform.entity.ObjectKind;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass of reading the findings' facts: each component sends its own projection queries through it (the facts
 * of what it owns), restricted to the scope, and the pass counts them. Columns are read by their alias
 * ({@code c.contactSync AS contactsync}), never by position: a new fact shifts nothing.
 */
public final class FactsQuery {

    private final EntityManager em;
    private final FactsScope scope;
    private int queries;

    public FactsQuery(EntityManager em, FactsScope scope) {
        this.em = em;
        this.scope = scope;
    }

    public FactsScope scope() {
        return scope;
    }

    public int queries() {
        return queries;
    }

    /**
     * Rows of a JPQL query whose {@code {scope}} placeholder becomes the scope's conditions: the organisations on
     * {@code orgAlias}, the one object of {@code kind} on {@code idAlias}. Filtering the organisation on the side a
     * join starts from keeps H2 from planning a cross join.
     */
    public List<Row> rows(String jpql, ObjectKind kind, String orgAlias, String idAlias, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> all = new HashMap<>(parameters);
        if (scope.organisations() != null) {
            where.append(orgAlias).append(".organisationId IN :orgs");
            all.put("orgs", scope.organisations());
        }
        if (scope.narrowsTo(kind)) {
            where.append(where.isEmpty() ? "" : " AND ").append(idAlias).append(".id = :objectId");
            all.put("objectId", scope.objectId());
        }
        String condition = where.isEmpty() ? "1 = 1" : where.toString();
        return run(jpql.replace("{scope}", condition), all);
    }

    public List<Row> rows(String jpql, ObjectKind kind, String alias, Map<String, Object> parameters) {
        return rows(jpql, kind, alias, alias, parameters);
    }

    public List<Row> rows(String jpql, ObjectKind kind, String alias) {
        return rows(jpql, kind, alias, alias, Map.of());
    }

    /** Rows of a query without the scope's conditions (e.g. the whole catalogue, or a query that applies them itself). */
    public List<Row> run(String jpql, Map<String, Object> parameters) {
        Query query = em.createQuery(Row.withoutAliases(jpql));
        parameters.forEach(query::setParameter);
        queries++;
        return Row.all(jpql, query.getResultList());
    }

    /**
     * A result row read by the aliases of its query's SELECT clause. JPA's {@code Tuple} would do this, but
     * EclipseLink answers JPQL tuple queries with plain arrays.
     */
    public record Row(Map<String, Integer> columns, Object[] values) {

        static List<Row> all(String jpql, List<?> results) {
            Map<String, Integer> columns = aliases(jpql);
            List<Row> rows = new ArrayList<>(results.size());
            for (Object result : results) {
                rows.add(new Row(columns, result instanceof Object[] values ? values : new Object[] {result}));
            }
            return rows;
        }

        /** Alias to position, from "SELECT [DISTINCT] expr AS alias, … FROM". */
        static Map<String, Integer> aliases(String jpql) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> expressions = selected(jpql);
            for (int i = 0; i < expressions.size(); i++) {
                String expression = expressions.get(i);
                columns.put(expression.substring(expression.lastIndexOf(" AS ") + 4).trim(), i);
            }
            return columns;
        }

        /**
         * The query as sent to the database: the same columns without their aliases. EclipseLink 4.0 (Payara) parses
         * result variables with one visitor shared by all threads, so two such queries parsed at once fail at random
         * with "The select item is missing from the result variable declaration" (eclipse-ee4j/eclipselink#2833).
         */
        static String withoutAliases(String jpql) {
            int select = jpql.indexOf("SELECT ") + 7;
            int from = jpql.indexOf(" FROM ");
            String distinct = jpql.substring(select, from).startsWith("DISTINCT ") ? "DISTINCT " : "";
            List<String> columns = selected(jpql).stream().map(e -> e.substring(0, e.lastIndexOf(" AS ")).trim()).toList();
            return jpql.substring(0, select) + distinct + String.join(", ", columns) + jpql.substring(from);
        }

        /** The SELECT clause's expressions, each with its alias ("c.id AS objectid"). */
        private static List<String> selected(String jpql) {
            String select = jpql.substring(jpql.indexOf("SELECT ") + 7, jpql.indexOf(" FROM ")).replaceFirst("^DISTINCT ", "");
            List<String> expressions = new ArrayList<>();
            for (String expression : select.split(",")) {
                if (expression.lastIndexOf(" AS ") < 0) {
                    throw new IllegalArgumentException("every column needs an alias: " + expression.trim());
                }
                expressions.add(expression.trim());
            }
            return expressions;
        }

        public Object get(String alias) {
            Integer column = columns.get(alias);
            if (column == null) {
                throw new IllegalArgumentException("no column " + alias + " in " + columns.keySet());
            }
            return values[column];
        }

        public <T> T get(String alias, Class<T> type) {
            return type.cast(get(alias));
        }

        public long id(String alias) {
            return ((Number) get(alias)).longValue();
        }

        public String text(String alias) {
            return get(alias, String.class);
        }

        public boolean yes(String alias) {
            return Boolean.TRUE.equals(get(alias));
        }

        /** Whether a text column holds more than blanks. */
        public boolean present(String alias) {
            return get(alias) instanceof String s && !s.isBlank();
        }
    }
}
