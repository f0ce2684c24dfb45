package de.ropa.audit.boundary;

import de.ropa.audit.entity.AuditEntry;
import de.ropa.platform.boundary.CsvCells;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The trail as CSV (RFC 4180: every field quoted, quotes doubled), one entry per line, values as JSON text.
 * Cells a spreadsheet would evaluate as formulas are made inert ({@link CsvCells}); the JSON export keeps every
 * value exactly as hashed.
 */
final class AuditCsv {

    static final String HEADER = "seq,occurredAt,actor,organisationId,objectKind,objectId,objectName,action,before,after,prevHash,hash,snapshotVersion,hashVersion\r\n";

    private AuditCsv() {
    }

    static String row(AuditEntry e) {
        return Stream.of(Long.toString(e.getSeq()), e.getOccurredAt().toString(), e.getActor(),
                        e.getOrganisationId() == null ? "" : e.getOrganisationId().toString(), e.getObjectKind(), e.getObjectId(),
                        e.getObjectName(), e.getAction(), e.getBeforeValue(), e.getAfterValue(), e.getPrevHash(), e.getHash(),
                        Short.toString(e.getSnapshotVersion()), Short.toString(e.getHashVersion()))
                .map(AuditCsv::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quoted(String value) {
        return value == null ? "" : "\"" + CsvCells.inert(value).replace("\"", "\"\"") + "\"";
    }
}
