package de.ropa.platform.control;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Every property of what the product validates may be read and cascaded into: requests, form values and imported
 * documents are plain objects with nothing left to load. The default resolver asks JPA about each property, which
 * only matters for entities (and the persistence providers validate those with resolvers of their own). Named in
 * META-INF/validation.xml.
 */
public class RequestsAreTraversable implements TraversableResolver {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                               Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
