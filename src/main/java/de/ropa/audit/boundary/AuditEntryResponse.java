package de.ropa.audit.boundary;

import de.ropa.audit.entity.AuditEntry;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One trail entry as the API and the JSON export show it; before and after are the objects as JSON. */
@Schema(name = "AuditEntry")
public record AuditEntryResponse(long seq, @Schema(description = "UTC") LocalDateTime occurredAt, String actor,
                                 Long organisationId, String objectKind, String objectId, String objectName, String action,
                                 @Schema(description = "The object before the change (absent for a creation)") JsonValue before,
                                 @Schema(description = "The object after the change (absent for a deletion)") JsonValue after,
                                 @Schema(description = "SHA-256 of the entry before") String prevHash,
                                 @Schema(description = "SHA-256 of this entry's fields and prevHash") String hash,
                                 @Schema(description = "How hash is computed: 1 = fields joined by line breaks (older entries);"
                                         + " 2 = 'ropa-trail-v2,' then per field its UTF-8 byte length, ':', the bytes and ','"
                                         + " ('-,' for an absent field), in the order seq, occurredAt, actor, organisationId,"
                                         + " objectKind, objectId, objectName, action, before, after, prevHash; 3 = the same with"
                                         + " 'ropa-trail-v3,' and snapshotVersion as a last field") int hashVersion,
                                 @Schema(description = "The shape of before and after: the version of the object kind's"
                                         + " snapshot (1 for every entry written before schema version 9)") int snapshotVersion) {

    public static AuditEntryResponse from(AuditEntry e) {
        return new AuditEntryResponse(e.getSeq(), e.getOccurredAt(), e.getActor(), e.getOrganisationId(), e.getObjectKind(),
                e.getObjectId(), e.getObjectName(), e.getAction(), parse(e.getBeforeValue()), parse(e.getAfterValue()),
                e.getPrevHash(), e.getHash(), e.getHashVersion(), e.getSnapshotVersion());
    }

    private static JsonValue parse(String json) {
        return json == null ? null : Json.createReader(new StringReader(json)).readValue();
    }
}
