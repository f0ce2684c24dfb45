package de.ropa.catalogue.boundary;

import de.ropa.platform.boundary.JsonbConfiguration;
import jakarta.json.bind.Jsonb;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The messenger catalogue shipped with the application (resource {@value #RESOURCE}): an edition, named by the day its
 * research was done, and its services in the API's request shape, each fact with its sources.
 */
public class CatalogueSeed {

    static final String RESOURCE = "/catalogue/messenger-services.json";
    private static final Jsonb JSONB = new JsonbConfiguration().getContext(CatalogueSeed.class);

    public String edition;
    public List<MessengerServiceRequest> services = new ArrayList<>();

    public static CatalogueSeed shipped() {
        try (InputStream in = CatalogueSeed.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The catalogue " + RESOURCE + " is missing from the application");
            }
            return JSONB.fromJson(in, CatalogueSeed.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
