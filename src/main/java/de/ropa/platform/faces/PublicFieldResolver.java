package de.ropa.platform.faces;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Modifier;

/**
 * Lets forms bind the public fields of the product's request classes ({@code #{bean.request.name}}),
 * so that the screens fill the very objects the API receives and the services validate, and lets
 * tables read the product's response records by component name ({@code #{row.name}}, as PrimeFaces'
 * exporter does; EL before 6.0 knows no records). Only classes of the product.
 */
public class PublicFieldResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor != null) {
            try {
                Object value = accessor.invoke(base);
                context.setPropertyResolved(base, property);
                return value;
            } catch (ReflectiveOperationException e) {
                throw new jakarta.el.ELException("cannot read " + property + " of " + base.getClass().getSimpleName(), e);
            }
        }
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
        Method accessor = accessor(base, property);
        if (accessor != null) {
            context.setPropertyResolved(base, property);
            return null;
        }
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
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
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

    private static Method accessor(Object base, Object property) {
        if (base == null || !(property instanceof String name) || !base.getClass().isRecord() || !ours(base)) {
            return null;
        }
        for (RecordComponent component : base.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component.getAccessor();
            }
        }
        return null;
    }

    private static boolean ours(Object base) {
        return base.getClass().getName().startsWith("de.ropa.");
    }
}
