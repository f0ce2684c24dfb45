package de.ropa.audit.boundary;

import java.util.Locale;
import de.ropa.audit.control.ChainVerifier.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of recomputing the whole chain. */
@Schema(name = "TrailVerification")
public record VerificationResponse(@Schema(description = "true when every entry is as written") boolean intact,
                                   @Schema(description = "Entries checked before the first broken one (all when intact)") long entries,
                                   @Schema(description = "The first entry that fails, when not intact") Long firstBrokenSeq,
                                   @Schema(description = "Why it fails") String problem,
                                   @Schema(description = "Hash of the last entry that checked out") String lastHash) {

    static VerificationResponse from(Verification v, Locale language) {
        return new VerificationResponse(v.intact(), v.entries(), v.firstBrokenSeq(),
                v.problem() == null ? null : v.problem().render(language), v.lastHash());
    }
}
