package de.ropa.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import de.ropa.platform.control.InvalidFieldException;
import org.junit.jupiter.api.Test;

class JsonBodyGuardTest {

    @Test
    void textWithLineBreaksTabsMarkupAndUmlautsPasses() {
        assertDoesNotThrow(() -> check("{\"name\":\"<b>Grüße</b>\\n\\tzweite Zeile\",\"purposes\":[{\"description\":\"x\"}]}"));
    }

    @Test
    void aControlCharacterIsRefusedNamingTheField() {
        InvalidFieldException refused = assertThrows(InvalidFieldException.class,
                () -> check("{\"name\":\"ok\",\"purposes\":[{\"description\":\"a\"},{\"description\":\"b\\u0000c\"}]}"));
        assertEquals("purposes[1].description", refused.problems().get(0).field());
        assertThrows(InvalidFieldException.class, () -> check("{\"na\\u0007me\":1}"));
        assertThrows(InvalidFieldException.class, () -> check("{\"a\":[\"\\u001b[31m\"]}"));
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "{\"a\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> check(deep));
        assertEquals("a" + "[0]".repeat(JsonBodyGuard.MAX_DEPTH - 1), refused.problems().get(0).field());
        assertDoesNotThrow(() -> check("{\"a\":{\"b\":{\"c\":[[[1]]]}}}"));
    }

    @Test
    void onlyOneObjectIsABody() {
        assertEquals("must be one JSON object", assertThrows(InvalidFieldException.class,
                () -> check("[{\"name\":\"x\"}]")).problems().get(0).text().english());
        assertEquals("has more after the JSON object", assertThrows(InvalidFieldException.class,
                () -> check("{\"name\":\"x\"}}}")).problems().get(0).text().english());
        assertEquals("has more after the JSON object", assertThrows(InvalidFieldException.class,
                () -> check("{\"name\":\"x\"} {}")).problems().get(0).text().english());
    }

    @Test
    void brokenJsonIsLeftToTheBinding() {
        assertDoesNotThrow(() -> check("{\"name\": "));
        assertDoesNotThrow(() -> check("{\"a\" 1}"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWhileTheBodyIsRead() {
        byte[] latin1 = "{\"name\":\"Gr\u00fc\u00dfe\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> JsonBodyGuard.check(JsonBodyGuard.utf8(latin1)));

        assertEquals("body.utf8", refused.problems().get(0).text().key());
        assertDoesNotThrow(() -> JsonBodyGuard.check(JsonBodyGuard.utf8("{\"name\":\"Grüße\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    private static void check(String json) {
        JsonBodyGuard.check(new java.io.StringReader(json));
    }
}
