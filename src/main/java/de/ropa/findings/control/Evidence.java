package de.ropa.findings.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The facts of the register a rule fired on, in the order it names them. Their digest is what an
 * acceptance is bound to: when one of these facts changes, the acceptance no longer covers the finding.
 * Kept as an array of names and values: an organisation's findings are held in memory, 150,000 of them for
 * 50,000 activities, and a map per finding took three times the room.
 */
public final class Evidence {

    /** Name, value, name, value, … */
    private final String[] facts;

    private Evidence(String[] facts) {
        this.facts = facts;
    }

    /** Pairs of fact name and value; collections are written sorted, so their order does not matter. */
    public static Evidence of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("facts come in name/value pairs");
        }
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            facts.put(String.valueOf(namesAndValues[i]), text(namesAndValues[i + 1]));
        }
        String[] pairs = new String[facts.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            pairs[i++] = fact.getKey();
            pairs[i++] = fact.getValue();
        }
        return new Evidence(pairs);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(Evidence::text).sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
            return value.toString();
        }
        return String.valueOf(value);
    }

    public Map<String, String> facts() {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < facts.length; i += 2) {
            named.put(facts[i], facts[i + 1]);
        }
        return Collections.unmodifiableMap(named);
    }

    /** SHA-256 over the facts, hex. */
    public String digest() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** One line per fact, "name=value", as stored with an acceptance. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < facts.length; i += 2) {
            text.append(i == 0 ? "" : "\n").append(facts[i]).append('=').append(facts[i + 1]);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return facts().toString();
    }
}
