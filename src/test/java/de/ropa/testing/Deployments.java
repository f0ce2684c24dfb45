package de.ropa.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR the build produced, deployed unchanged by every integration test. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive productWar() {
        File war = new File(System.getProperty("ropa.war", "target/ropa.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("The WAR " + war + " is missing: run mvn verify, not the IT class alone");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** Which server this run tests: "wildfly" (on H2) or "payara" (on PostgreSQL); set per failsafe execution. */
    public static String server() {
        return System.getProperty("ropa.server", "wildfly");
    }
}
