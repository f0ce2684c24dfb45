package de.ropa.exchange.boundary;

import java.util.Map;

/**
 * Ends an import rehearsal: thrown after everything was created and checked, so the transaction rolls back and nothing
 * stays; carries what the import would have created.
 */
public class ImportRehearsed extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Map<String, Integer> counts;

    ImportRehearsed(Map<String, Integer> counts) {
        super("import rehearsed", null, false, false);
        this.counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }

    public Map<String, Integer> counts() {
        return counts;
    }
}
