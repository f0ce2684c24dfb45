package de.ropa.platform.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.Set;

/**
 * What the form fields know of a property's Bean Validation constraints: the length limit an input enforces comes
 * from the same annotation the service validates, never from the page, and so does the required mark beside a label
 * (the Faces bean validator is switched off: the forms validate what they send, see web.xml).
 */
@Named
@ApplicationScoped
public class FieldConstraints {

    /** What an input without a length limit answers: PrimeFaces then renders no maxlength. */
    public static final int NO_LIMIT = Integer.MIN_VALUE;

    @Inject
    Validator validator;

    /** The {@code @Size(max)} of the bean's property, or {@link #NO_LIMIT}. */
    public int maxLength(Object bean, String property) {
        return constraints(bean, property).stream()
                .filter(d -> d.getAnnotation() instanceof Size)
                .mapToInt(d -> ((Size) d.getAnnotation()).max())
                .min().orElse(NO_LIMIT);
    }

    /** "true" when the property must be given (@NotNull, @NotBlank, @NotEmpty), else "false": a label's indicateRequired. */
    public String required(Object bean, String property) {
        return String.valueOf(constraints(bean, property).stream().map(d -> d.getAnnotation().annotationType())
                .anyMatch(type -> type == NotNull.class || type == NotBlank.class || type == NotEmpty.class));
    }

    private Set<ConstraintDescriptor<?>> constraints(Object bean, String property) {
        if (bean == null || property == null) {
            return Set.of();
        }
        PropertyDescriptor descriptor = validator.getConstraintsForClass(bean.getClass()).getConstraintsForProperty(property);
        return descriptor == null ? Set.of() : descriptor.getConstraintDescriptors();
    }
}
