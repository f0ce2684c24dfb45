package de.ropa.findings.boundary;

import de.ropa.findings.entity.FindingAcceptance;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A risk acceptance: who accepted the finding, when, why, and the facts it was accepted for. */
@Schema(name = "Acceptance")
public record AcceptanceResponse(String justification, String acceptedBy,
                                 @Schema(description = "UTC") LocalDateTime acceptedAt,
                                 @Schema(description = "The facts the finding showed when it was accepted") Map<String, String> facts) implements java.io.Serializable {

    static AcceptanceResponse from(FindingAcceptance acceptance) {
        if (acceptance == null) {
            return null;
        }
        Map<String, String> facts = new LinkedHashMap<>();
        for (String line : acceptance.getFacts().split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                facts.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return new AcceptanceResponse(acceptance.getJustification(), acceptance.getAcceptedBy(),
                acceptance.getAcceptedAt(), facts);
    }
}
