package de.ropa.testing;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of a server run: the suite extension (arquillian.xml, qualifier "suite") deploys the product WAR
 * once before the first test class and undeploys it when the container stops, so every IT class talks to the same
 * running product instead of paying for a deployment (and on Payara Micro a server start) of its own.
 */
public final class ProductDeployment {

    private ProductDeployment() {
    }

    @Deployment(testable = false)
    public static WebArchive productWar() {
        return Deployments.productWar();
    }
}
