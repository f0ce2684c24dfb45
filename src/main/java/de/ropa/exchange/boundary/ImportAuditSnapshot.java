package de.ropa.exchange.boundary;

import de.ropa.platform.control.AuditSnapshot;
import java.util.Map;

/** An import as the trail records it: the objects created per kind and the document, whose format is the version. */
public record ImportAuditSnapshot(Map<String, Integer> imported, RegisterDocument document) implements AuditSnapshot {

    @Override
    public int schemaVersion() {
        return RegisterDocument.FORMAT_VERSION;
    }
}
