package de.ropa.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.activities.boundary.ActivityRequest;
import de.ropa.channels.boundary.ChannelRequest;
import de.ropa.exchange.boundary.RegisterDocument;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.reviews.boundary.ReviewRequest;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JsonContractTest {

    private static List<FieldProblem> problems(Type type, String json) {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> JsonContract.check(type, Json.createReader(new StringReader(json)).readValue()));
        return refused.problems();
    }

    private static String only(Type type, String json, Locale locale) {
        List<FieldProblem> problems = problems(type, json);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0).field() + ": " + problems.get(0).text().render(locale);
    }

    private static void accepted(Type type, String json) {
        JsonContract.check(type, Json.createReader(new StringReader(json)).readValue());
    }

    @Test
    void aStringForAnIdIsRefusedNamingTheField() {
        assertEquals("serviceId: expected a whole number, found the text \"7\"",
                only(ChannelRequest.class, "{\"serviceId\":\"7\"}", Locale.ENGLISH));
        assertEquals("serviceId: erwartet eine ganze Zahl, gefunden den Text „7“",
                only(ChannelRequest.class, "{\"serviceId\":\"7\"}", Locale.GERMAN));
    }

    @Test
    void aFractionOrAHugeNumberForAnIdIsRefused() {
        assertEquals("serviceId: expected a whole number, found the number 2.9",
                only(ChannelRequest.class, "{\"serviceId\":2.9}", Locale.ENGLISH));
        accepted(ChannelRequest.class, "{\"serviceId\":1.0}"); // a whole number, as JSON Schema's integer counts it
        assertTrue(only(ChannelRequest.class, "{\"serviceId\":1e30}", Locale.ENGLISH)
                .startsWith("serviceId: expected a whole number from -9223372036854775808 to"));
    }

    @Test
    void elementsOfIdListsAreCheckedOneByOne() {
        List<FieldProblem> problems = problems(ActivityRequest.class, "{\"channelIds\":[1,\"56\",2.5],\"transferIds\":7}");

        assertEquals(List.of("channelIds[1]", "channelIds[2]", "transferIds"), problems.stream().map(FieldProblem::field).toList());
        assertEquals("expected a list [ … ], found the number 7", problems.get(2).text().render(Locale.ENGLISH));
    }

    @Test
    void anUnknownEnumValueNamesThePathAndTheAllowedValuesWithoutJavaNames() {
        String message = only(ActivityRequest.class,
                "{\"purposes\":[{\"description\":\"Termine\",\"legalBasis\":\"MAYBE\"}]}", Locale.ENGLISH);

        assertTrue(message.startsWith("purposes[0].legalBasis: \"MAYBE\" is not an allowed value; allowed: A_CONSENT, B_CONTRACT"),
                message);
        assertFalse(message.contains("LegalBasis"), message);
        assertFalse(message.toLowerCase(Locale.ROOT).contains("internal"), message);
    }

    @Test
    void aNumberForATextAndATextForABooleanAreRefused() {
        assertEquals("name: expected a text in quotes, found the number 5",
                only(ChannelRequest.class, "{\"name\":5}", Locale.ENGLISH));
        assertEquals("imprintInProfile: expected true or false, found the text \"ja\"",
                only(ChannelRequest.class, "{\"imprintInProfile\":\"ja\"}", Locale.ENGLISH));
    }

    @Test
    void impossibleDatesAreNamedWithTheExpectedForm() {
        assertEquals("nextReviewOn: \"2026-02-30\" is not a valid date (YYYY-MM-DD, e.g. 2026-11-30)",
                only(ReviewRequest.class, "{\"nextReviewOn\":\"2026-02-30\"}", Locale.ENGLISH));
        assertEquals("nextReviewOn: „30.11.2026“ ist kein gültiges Datum (JJJJ-MM-TT, z. B. 2026-11-30)",
                only(ReviewRequest.class, "{\"nextReviewOn\":\"30.11.2026\"}", Locale.GERMAN));
    }

    @Test
    void unknownFieldsAreNamedByTheirPath() {
        assertEquals("purposes[0].legalbasis: is not a field of this object (the fields are listed in /ropa/openapi)",
                only(ActivityRequest.class, "{\"purposes\":[{\"legalbasis\":\"CONSENT\"}]}", Locale.ENGLISH));
    }

    @Test
    void answersTakeTheirNamesAndTheBooleansOfEarlierClients() {
        accepted(ChannelRequest.class, "{\"contactSync\":\"UNKNOWN\",\"art13Information\":true,\"worksAgreement\":null}");
        assertEquals("contactSync: \"maybe\" is not an allowed value; allowed: YES, NO, UNKNOWN",
                only(ChannelRequest.class, "{\"contactSync\":\"maybe\"}", Locale.ENGLISH));
    }

    @Test
    void nullIsLeftToBeanValidationExceptWhereJavaCannotHoldIt() {
        accepted(ChannelRequest.class, "{\"name\":null,\"serviceId\":null,\"devices\":null}");
        assertEquals("confirmOpenHighFindings: expected true or false, found null",
                only(de.ropa.activities.boundary.ApproveRequest.class, "{\"confirmOpenHighFindings\":null}", Locale.ENGLISH));
    }

    @Test
    void aBodyFullOfMistakesIsListedUpToTheLimit() {
        StringBuilder json = new StringBuilder("{\"channelIds\":[");
        for (int i = 0; i < 50; i++) {
            json.append(i == 0 ? "" : ",").append("\"x\"");
        }
        assertEquals(JsonContract.MAX_PROBLEMS, problems(ActivityRequest.class, json.append("]}").toString()).size());
    }

    @Test
    void theCurrentRegisterFormatAndTheDemoRegisterFitTheContract() throws IOException {
        accepted(RegisterDocument.class, Files.readString(Paths.get("src/test/golden/register-format-4.json")));
        accepted(RegisterDocument.class, Files.readString(Paths.get("src/main/resources/demo/demo-register.json")));
    }

    /**
     * Every body type of every resource method, filled in completely and written by the API's own JSON-B, fits the
     * contract: the contract knows the same properties and types as the binding (a new field is covered by this).
     */
    @Test
    void whatTheBindingWritesTheContractAccepts() throws Exception {
        Set<String> checked = new TreeSet<>();
        for (Class<?> body : bodyTypes()) {
            Jsonb jsonb = new JsonbConfiguration().getContext(body);
            accepted(body, jsonb.toJson(filled(body, 0)));
            checked.add(body.getSimpleName());
        }
        assertTrue(checked.containsAll(List.of("ActivityRequest", "ChannelRequest", "OrganisationRequest",
                "MessengerServiceRequest", "TransferRequest", "ReviewRequest", "ReasonRequest")), checked.toString());
    }

    /**
     * Nothing unbounded reaches the register or its append-only trail: every text and every list of every body
     * (nested ones included) has a maximum, which the OpenAPI document publishes as maxLength and maxItems.
     */
    @Test
    void everyTextAndEveryListOfEveryBodyIsBounded() throws Exception {
        Set<String> unbounded = new TreeSet<>();
        Set<Class<?>> seen = new LinkedHashSet<>();
        for (Class<?> body : bodyTypes()) {
            collectUnbounded(body, seen, unbounded);
        }
        collectUnbounded(RegisterDocument.class, seen, unbounded);
        collectUnbounded(de.ropa.activities.boundary.ApproveRequest.class, seen, unbounded);
        assertEquals(Set.of(), unbounded);
    }

    private static void collectUnbounded(Class<?> type, Set<Class<?>> seen, Set<String> unbounded) {
        if (!seen.add(type)) {
            return;
        }
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isAnnotationPresent(jakarta.json.bind.annotation.JsonbTransient.class)) {
                continue;
            }
            boolean text = field.getType() == String.class;
            boolean list = Collection.class.isAssignableFrom(field.getType());
            jakarta.validation.constraints.Size size = field.getAnnotation(jakarta.validation.constraints.Size.class);
            if ((text || list) && (size == null || size.max() == Integer.MAX_VALUE)) {
                unbounded.add(type.getSimpleName() + "." + field.getName());
            }
            if (list && field.getAnnotatedType() instanceof java.lang.reflect.AnnotatedParameterizedType parameterized) {
                java.lang.reflect.AnnotatedType element = parameterized.getAnnotatedActualTypeArguments()[0];
                jakarta.validation.constraints.Size elementSize = element.getAnnotation(jakarta.validation.constraints.Size.class);
                if (element.getType() == String.class && (elementSize == null || elementSize.max() == Integer.MAX_VALUE)) {
                    unbounded.add(type.getSimpleName() + "." + field.getName() + "[]");
                }
            }
            Class<?> nested = list && field.getGenericType() instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> element ? element : field.getType();
            if (nested.getName().startsWith("de.ropa.") && !nested.isEnum()) {
                collectUnbounded(nested, seen, unbounded);
            }
        }
    }

    /** The JSON body types of every resource method (the parameter without a JAX-RS annotation). */
    static Set<Class<?>> bodyTypes() throws IOException, ClassNotFoundException {
        Set<Class<?>> bodies = new LinkedHashSet<>();
        for (Class<?> resource : resourceClasses()) {
            for (Method method : resource.getDeclaredMethods()) {
                if (Stream.of(method.getAnnotations()).noneMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))) {
                    continue;
                }
                for (int i = 0; i < method.getParameterCount(); i++) {
                    Class<?> body = method.getParameterTypes()[i];
                    if (unannotated(method.getParameterAnnotations()[i]) && JsonContract.coversBody(body)) {
                        bodies.add(body);
                    }
                }
            }
        }
        return bodies;
    }

    private static boolean unannotated(Annotation[] annotations) {
        return Stream.of(annotations).noneMatch(a -> a.annotationType().getPackageName().equals("jakarta.ws.rs")
                || a.annotationType().getSimpleName().equals("Context"));
    }

    private static List<Class<?>> resourceClasses() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = Paths.get("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    /** An instance with every property set, nested objects and one-element lists included. */
    private static Object filled(Class<?> type, int depth) throws ReflectiveOperationException {
        Object instance = type.getDeclaredConstructor().newInstance();
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
                Object value = sample(field.getType(), field.getGenericType(), depth);
                if (value != null) {
                    field.set(instance, value);
                }
            }
        }
        return instance;
    }

    private static Object sample(Class<?> type, Type generic, int depth) throws ReflectiveOperationException {
        if (type == String.class) {
            return "x";
        } else if (type == Long.class || type == long.class) {
            return 7L;
        } else if (type == Integer.class || type == int.class) {
            return 3;
        } else if (type == Boolean.class || type == boolean.class) {
            return true;
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type == LocalDate.class) {
            return LocalDate.of(2026, 11, 30);
        } else if (type == LocalDateTime.class) {
            return LocalDateTime.of(2026, 11, 30, 9, 15);
        } else if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> element) {
            Collection<Object> values = Set.class.isAssignableFrom(type) ? new LinkedHashSet<>() : new ArrayList<>();
            values.add(sample(element, element, depth + 1));
            return values;
        } else if (type.getName().startsWith("de.ropa.") && depth < 4) {
            return filled(type, depth + 1);
        }
        return null;
    }
}
