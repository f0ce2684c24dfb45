package de.ropa.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * What the benchmark measured before issue 21 changed the product, kept beside every new run's figures: WildFly and
 * H2 only (the benchmark did not run on Payara or PostgreSQL then).
 */
final class BeforeIssue21 {

    private BeforeIssue21() {
    }

    static JsonObject figures() {
        return Json.createObjectBuilder()
                .add("2026-11-27", Json.createObjectBuilder()
                        .add("what", "README 'Performance' of sessions 9-11: WildFly 39.0.1, H2, 512 MB heap, 30 s windows")
                        .add("startAndDeploySeconds", 22.1).add("warMegabytes", 44.8)
                        .add("import10000Seconds", 33.3)
                        .add("page16ClientsPerSecond", 96).add("page16ClientsP50Millis", 158.9).add("page16ClientsP99Millis", 321.5)
                        .add("page2ClientsP50Millis", 26.5).add("page2ClientsP99Millis", 59.9)
                        .add("pageServerCpuMillis", 16).add("healthServerCpuMillis", 1.5)
                        .add("health16ClientsPerSecond", 3883).add("pageToHealthThroughput", 0.025)
                        .add("sqlStatementsPerPage", 19)
                        .add("findings", 6390).add("findingsWarmSeconds", 0.53).add("findingsFirstCallSeconds", 1.30)
                        .add("pdf10000Seconds", 38.0).add("pdf10000BareSeconds", 21.8).add("pdf10000Ratio", 1.74))
                .add("2026-11-30", Json.createObjectBuilder()
                        .add("what", "the same benchmark at e94542d (issue 20 done, issue 21 not begun), 5 s windows; CPU per"
                                + " request measured with ab and the server process's CPU time, 2 clients")
                        .add("startAndDeploySeconds", 18.0).add("warMegabytes", 45.3)
                        .add("import10000Seconds", 32.2)
                        .add("page16ClientsPerSecond", 49).add("page16ClientsP50Millis", 297.8).add("page16ClientsP99Millis", 477.0)
                        .add("page2ClientsP50Millis", 26.7).add("page2ClientsP99Millis", 55.4)
                        .add("pageServerCpuMillis", 26).add("healthServerCpuMillis", 0.91)
                        .add("health16ClientsPerSecond", 2109).add("pageToHealthThroughput", 0.023)
                        .add("sqlStatementsPerPage", 24)
                        .add("findings", 31332).add("findingsWarmSeconds", 1.33).add("findingsFirstCallSeconds", 2.10)
                        .add("pdf10000Seconds", 38.1).add("pdf10000BareSeconds", 19.0).add("pdf10000Ratio", 2.00))
                .build();
    }
}
