package de.ropa.platform.boundary;

import de.ropa.platform.control.HealthService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The start page: what the product is and whether it works. */
@Named
@RequestScoped
public class StartBean {

    @Inject
    HealthService healthService;

    private HealthService.Health health;

    public HealthService.Health getHealth() {
        if (health == null) {
            health = healthService.check();
        }
        return health;
    }
}
