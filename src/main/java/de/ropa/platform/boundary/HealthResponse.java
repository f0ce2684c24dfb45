package de.ropa.platform.boundary;

import de.ropa.platform.control.HealthService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The health document: {@code status} is UP when the database answers, DOWN otherwise. */
@Schema(name = "Health")
public record HealthResponse(
        @Schema(example = "UP", enumeration = {"UP", "DOWN"}) String status,
        @Schema(description = "Version of the product", example = "0.1.0") String version,
        Database database) {

    public static HealthResponse from(HealthService.Health health) {
        return new HealthResponse(health.databaseReachable() ? "UP" : "DOWN", health.productVersion(),
                new Database(health.databaseReachable(), health.databaseProduct(), health.schemaVersion(),
                        health.problem()));
    }

    /** The database part: reachable, which product, and the latest migration applied. */
    @Schema(name = "HealthDatabase")
    public record Database(
            @Schema(example = "true") boolean reachable,
            @Schema(example = "H2") String product,
            @Schema(description = "Version of the latest schema migration applied", example = "1") String schemaVersion,
            @Schema(description = "What is wrong, when not reachable") String problem) {
    }
}
