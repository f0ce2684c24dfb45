package de.ropa.platform.faces;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * Lets forms bind the public fields of the product's request classes ({@code #{bean.request.name}}),
 * so that the screens fill the very objects the API receives and the services validate. Only classes
 * of the product, only public instance fields.
 */
public class PublicFieldResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Field field = field(base, property);
        if (field == null) {
            return null;
        }
        try {
            Object value = field.get(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        Field field = field(base, property);
        if (field == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return field.getType();
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        Field field = field(base, property);
        if (field == null) {
            return;
        }
        try {
            field.set(base, value);
            context.setPropertyResolved(base, property);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new PropertyNotWritableException("cannot set " + property + " on " + base.getClass().getSimpleName(), e);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        Field field = field(base, property);
        if (field == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return Modifier.isFinal(field.getModifiers());
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && ours(base) ? String.class : null;
    }

    private static Field field(Object base, Object property) {
        if (base == null || !(property instanceof String name) || !ours(base)) {
            return null;
        }
        try {
            Field field = base.getClass().getField(name);
            return Modifier.isStatic(field.getModifiers()) ? null : field;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean ours(Object base) {
        return base.getClass().getName().startsWith("de.ropa.");
    }
}
