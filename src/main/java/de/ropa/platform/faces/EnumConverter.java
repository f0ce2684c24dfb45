package de.ropa.platform.faces;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Converts enum values of a selection whose bound type JSF cannot see (a set or list of enums): the
 * component names the enum class in its attribute {@code enumType}.
 */
@FacesConverter("ropa.enum")
public class EnumConverter implements Converter<Enum<?>> {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Enum<?> getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Class type = Class.forName((String) component.getAttributes().get("enumType"), true,
                    Thread.currentThread().getContextClassLoader());
            return Enum.valueOf(type, value);
        } catch (ClassNotFoundException | IllegalArgumentException | NullPointerException e) {
            throw new ConverterException("not a value of " + component.getAttributes().get("enumType") + ": " + value, e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Enum<?> value) {
        return value == null ? "" : value.name();
    }
}
