package de.ropa.audit.boundary;

import de.ropa.audit.control.ChangeWording;
import de.ropa.audit.entity.AuditEntry;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An import on the history pages: "Importiert: 6 Verarbeitungstätigkeiten, 7 Kanäle …" rather than the whole register
 * document as changed fields, which would read as if everything before had been deleted.
 */
final class ImportSummary {

    /** The kinds an import counts, in the order the register lists them (labels: audit.imported.&lt;kind&gt;). */
    private static final List<String> KINDS = List.of("activities", "channels", "processors", "transfers", "measures");

    private ImportSummary() {
    }

    /** The summary of an import entry; null for every other entry. */
    static String of(AuditEntry entry, Locale language) {
        if (!"IMPORT".equals(entry.getAction()) || entry.getAfterValue() == null) {
            return null;
        }
        JsonObject imported = imported(entry.getAfterValue());
        if (imported == null) {
            return null;
        }
        ResourceBundle texts = ResourceBundle.getBundle(ChangeWording.BUNDLE, language);
        List<String> parts = new ArrayList<>();
        for (String kind : KINDS) {
            if (imported.containsKey(kind)) {
                parts.add(MessageFormat.format(texts.getString("audit.imported." + kind), imported.getInt(kind)));
            }
        }
        return MessageFormat.format(texts.getString("audit.imported"), String.join(", ", parts));
    }

    /** The counts, found by skipping over the document beside them (a whole register: megabytes), not reading it. */
    private static JsonObject imported(String after) {
        try (JsonParser parser = Json.createParser(new StringReader(after))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                return null;
            }
            for (JsonParser.Event event = parser.next(); event == JsonParser.Event.KEY_NAME; event = parser.next()) {
                boolean counts = "imported".equals(parser.getString());
                JsonParser.Event value = parser.next();
                if (counts) {
                    return value == JsonParser.Event.START_OBJECT ? parser.getObject() : null;
                }
                for (int depth = opens(value); depth > 0; ) {
                    JsonParser.Event inside = parser.next();
                    depth += opens(inside) - (inside == JsonParser.Event.END_OBJECT || inside == JsonParser.Event.END_ARRAY ? 1 : 0);
                }
            }
            return null;
        }
    }

    private static int opens(JsonParser.Event event) {
        return event == JsonParser.Event.START_OBJECT || event == JsonParser.Event.START_ARRAY ? 1 : 0;
    }
}
