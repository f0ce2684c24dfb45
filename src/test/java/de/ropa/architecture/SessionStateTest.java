package de.ropa.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a user's session holds (session- and view-scoped beans, with the values they keep) travels to the other server
 * of a cluster when the one that served it goes down (README, "More than one server"). Checked on the classes, so a
 * field that cannot be serialised fails here, not in a failover: every field that is not transient is serialisable
 * all the way down (generic types with their actual arguments), an injected bean is a normal-scoped one (the session
 * keeps its proxy) or serialisable itself, and container resources are transient.
 */
class SessionStateTest {

    private static final List<Class<? extends Annotation>> SESSION_SCOPES = List.of(SessionScoped.class, ViewScoped.class,
            ConversationScoped.class);
    private static final List<Class<? extends Annotation>> NORMAL_SCOPES = List.of(ApplicationScoped.class,
            RequestScoped.class, SessionScoped.class, ViewScoped.class, ConversationScoped.class);

    @Test
    void everythingASessionKeepsCanTravelToAnotherServer() {
        List<Class<?>> beans = sessionBeans();
        assertFalse(beans.size() < 20, "the screens' beans were not found: " + beans);
        List<String> problems = new ArrayList<>();
        Set<Type> checked = new HashSet<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            checkFields(bean, bean.getSimpleName(), problems, checked);
        }
        assertEquals(List.of(), problems, "values a session keeps that cannot go to another server");
    }

    @Test
    void theCheckFindsWhatCannotTravel() {
        List<String> problems = new ArrayList<>();
        checkFields(Unfit.class, "Unfit", problems, new HashSet<>());
        assertEquals(Set.of("Unfit.thread: java.lang.Thread is not Serializable",
                "Unfit.values: java.lang.Object is not Serializable",
                "Unfit.lists → Kept.optional: java.util.Optional is not Serializable"), Set.copyOf(problems));
    }

    /** The product's classes (not the tests'). */
    private static final List<Class<?>> PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("de.ropa").stream()
            .<Class<?>>map(JavaClass::reflect).toList();

    private static List<Class<?>> sessionBeans() {
        return PRODUCT.stream()
                .filter(c -> SESSION_SCOPES.stream().anyMatch(c::isAnnotationPresent))
                .sorted(java.util.Comparator.comparing(Class::getName))
                .toList();
    }

    /** The instance fields of a class and its superclasses, generic ones with the arguments the subclass gives. */
    private static void checkFields(Class<?> type, String path, List<String> problems, Set<Type> checked) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.getGenericSuperclass() instanceof ParameterizedType parent) {
                TypeVariable<?>[] variables = ((Class<?>) parent.getRawType()).getTypeParameters();
                for (int i = 0; i < variables.length; i++) {
                    bindings.put(variables[i], resolve(parent.getActualTypeArguments()[i], bindings));
                }
            }
            if (!c.getName().startsWith("de.ropa.")) {
                continue; // a library's base class (PrimeFaces' lazy model) is Serializable as a whole
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || field.isSynthetic()) {
                    continue;
                }
                String where = path + "." + field.getName();
                if (Modifier.isTransient(modifiers)) {
                    continue;
                }
                if (field.isAnnotationPresent(Resource.class)) {
                    problems.add(where + ": a container resource must be transient (it is not serialisable)");
                } else if (field.isAnnotationPresent(Inject.class) && normalScoped(field.getType())) {
                    continue; // the session keeps the bean's client proxy
                } else {
                    check(field.getGenericType(), bindings, where, problems, checked);
                }
            }
        }
    }

    /** An injected type whose beans (the type itself, or every class of the product that implements it) are normal-scoped. */
    private static boolean normalScoped(Class<?> injected) {
        List<Class<?>> beans = new ArrayList<>();
        if (!injected.isInterface() && !Modifier.isAbstract(injected.getModifiers())) {
            beans.add(injected);
        } else {
            PRODUCT.stream().filter(c -> injected.isAssignableFrom(c) && !c.isInterface()
                    && !Modifier.isAbstract(c.getModifiers())).forEach(beans::add);
        }
        return !beans.isEmpty() && beans.stream().allMatch(b -> NORMAL_SCOPES.stream().anyMatch(b::isAnnotationPresent));
    }

    private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
        Type bound = type;
        while (bound instanceof TypeVariable<?> variable && bindings.containsKey(variable)) {
            bound = bindings.get(variable);
        }
        return bound;
    }

    private static void check(Type type, Map<TypeVariable<?>, Type> bindings, String path, List<String> problems,
                              Set<Type> checked) {
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), bindings, path, problems, checked);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, bindings, path, problems, checked);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), bindings, path, problems, checked);
        } else if (type instanceof WildcardType wildcard) {
            for (Type upper : wildcard.getUpperBounds()) {
                check(upper, bindings, path, problems, checked);
            }
        } else if (type instanceof TypeVariable<?> variable) {
            Type bound = resolve(variable, bindings);
            if (bound != variable) {
                check(bound, bindings, path, problems, checked);
            }
            // unbound here: checked where a subclass binds it (a lazy model's row type in the list bean)
        } else if (type instanceof Class<?> c) {
            checkClass(c, path, problems, checked);
        }
    }

    private static void checkClass(Class<?> c, String path, List<String> problems, Set<Type> checked) {
        if (c.isPrimitive()) {
            return;
        }
        if (c.isArray()) {
            checkClass(c.getComponentType(), path, problems, checked);
            return;
        }
        // collection and map interfaces: what they hold is checked through their type arguments
        boolean container = c.isInterface() && (java.util.Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c));
        if (!container && !Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (c.getName().startsWith("de.ropa.") && !c.isEnum() && checked.add(c)) {
            checkFields(c, path + " → " + c.getSimpleName(), problems, checked);
        }
    }

    /** A bean that could not go to another server, for the check's own test. */
    @SuppressWarnings("unused")
    static class Unfit implements Serializable {
        private static final long serialVersionUID = 1L;
        private transient Thread skipped;
        private Thread thread;
        private List<Object> values;
        private Map<String, List<Kept>> lists;
        private String fine;
    }

    @SuppressWarnings("unused")
    static class Kept implements Serializable {
        private static final long serialVersionUID = 1L;
        private java.util.Optional<String> optional;
        private java.time.LocalDate date;
    }
}
