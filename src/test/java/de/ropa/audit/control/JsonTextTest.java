package de.ropa.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void aSmallValueIsKeptAsWritten() {
        String text = AuditTrail.json(new TreeMap<>(Map.of("name", "Kanal 1 – Vertrieb „intern“ 😀", "fee", "12 €")));

        assertEquals("{\"fee\":\"12 €\",\"name\":\"Kanal 1 – Vertrieb „intern“ 😀\"}", text);
    }

    @Test
    void aLargeValueHoldsOnlyLatin1AndReadsAsTheSameValue() {
        List<Map<String, String>> activities = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            activities.add(Map.of("name", "Tätigkeit " + i + " – Kundenanfragen per Messenger „Chat“ 😀 \\ \"zitiert\"",
                    "note", "x".repeat(40)));
        }
        Map<String, Object> document = Map.of("activities", activities);

        String text = AuditTrail.json(document);

        assertTrue(text.length() > JsonText.LARGE, "large enough to be compacted: " + text.length());
        assertTrue(text.chars().allMatch(c -> c <= 0xFF), "every character in Latin-1");
        assertTrue(text.contains("T\u00e4tigkeit 7 \\u2013 Kundenanfragen per Messenger \\u201eChat\\u201c \\ud83d\\ude00"));
        JsonObject read = Json.createReader(new StringReader(text)).readObject();
        assertEquals(20_000, read.getJsonArray("activities").size());
        assertEquals("Tätigkeit 19999 – Kundenanfragen per Messenger „Chat“ 😀 \\ \"zitiert\"",
                read.getJsonArray("activities").getJsonObject(19_999).getString("name"));
    }
}
