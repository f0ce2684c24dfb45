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
 */
public final class Evidence {

    private final Map<String, String> facts;

    private Evidence(Map<String, String> facts) {
        this.facts = Collections.unmodifiableMap(facts);
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
        return new Evidence(facts);
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
        return facts;
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
        return facts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    @Override
    public String toString() {
        return facts.toString();
    }
}
