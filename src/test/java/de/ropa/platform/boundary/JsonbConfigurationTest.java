package de.ropa.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonbConfigurationTest {

    public static class Sample {
        public String name;
        public String note;
        public List<Item> items;
    }

    public static class Flags {
        public Boolean done;
        public Boolean maybe;
    }

    @Test
    void booleansMustBeJsonBooleans() {
        Flags flags = jsonb.fromJson("{\"done\":true,\"maybe\":false}", Flags.class);

        assertEquals(true, flags.done);
        assertEquals(false, flags.maybe);
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"done\":\"vielleicht\"}", Flags.class));
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"maybe\":1}", Flags.class));
    }

    public static class Item {
        public String label;
    }

    private final Jsonb jsonb = new JsonbConfiguration().getContext(Sample.class);

    @Test
    void readsStringsAndNulls() {
        Sample sample = jsonb.fromJson("{\"name\":\"Müller & <b>Söhne</b>\",\"note\":null,\"items\":[{\"label\":\"x\"},{\"label\":null}]}", Sample.class);

        assertEquals("Müller & <b>Söhne</b>", sample.name);
        assertNull(sample.note);
        assertEquals("x", sample.items.get(0).label);
        assertNull(sample.items.get(1).label);
    }

    @Test
    void refusesAnArrayForAString() {
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"name\":[\"a\"]}", Sample.class));
    }

    @Test
    void refusesANumberOrObjectForAString() {
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"name\":5}", Sample.class));
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"name\":{\"a\":1}}", Sample.class));
    }

    @Test
    void refusesUnknownProperties() {
        assertThrows(JsonbException.class, () -> jsonb.fromJson("{\"name\":\"a\",\"bogus\":1}", Sample.class));
    }
}
