package de.ropa.exchange.boundary;

import de.ropa.platform.boundary.JsonContract;
import de.ropa.platform.boundary.JsonbConfiguration;
import de.ropa.platform.control.InvalidFieldException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.stream.JsonParser;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Reads a register document of any supported format version: an earlier version is rewritten, as JSON, into the
 * current one before it is bound, so the import knows only the current types.
 */
public final class DocumentVersions {

    static final List<Integer> SUPPORTED = IntStream.rangeClosed(1, RegisterDocument.FORMAT_VERSION).boxed().toList();

    /** Links by database id that version 1 carried over from the API requests and its import ignored. */
    private static final Set<String> VERSION_1_IDS = Set.of("serviceId", "measureIds", "catalogueMeasureId",
            "mainProcessorId", "serviceIds", "channelIds", "processorId", "transferIds");

    private static final Jsonb JSONB = new JsonbConfiguration().getContext(RegisterDocument.class);

    private DocumentVersions() {
    }

    /**
     * Reads the document as UTF-8, the only encoding the API takes: a byte-order mark or UTF-16, which a parser would
     * otherwise detect on its own, fails here, as it failed the request's checks (JsonBodyGuard).
     */
    public static RegisterDocument read(InputStream json) {
        try (JsonParser parser = Json.createParser(new InputStreamReader(json, StandardCharsets.UTF_8))) {
            return read(parser);
        }
    }

    /** A document built in memory (a spreadsheet's rows), read as its text: the parser over a tree lacks getValue. */
    public static RegisterDocument read(JsonObject document) {
        try (JsonParser parser = Json.createParser(new java.io.StringReader(document.toString()))) {
            return read(parser);
        }
    }

    /**
     * Reads entry by entry: each entry of a list is checked and bound as soon as it is parsed, so a register of tens
     * of thousands of activities is never held as one JSON tree and one text besides the objects it binds to.
     */
    private static RegisterDocument read(JsonParser parser) {
        if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
            throw new JsonException("A register document is a JSON object.");
        }
        DocumentParts parts = new DocumentParts();
        for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
            String key = parser.getString();
            event = parser.next();
            Class<?> entryType = ENTRY_TYPES.get(key);
            if (entryType != null && event == JsonParser.Event.START_ARRAY) {
                List<Object> entries = parts.list(key);
                int index = 0;
                for (event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
                    parts.entry(key, index++, entryType, parser.getValue(), entries::add);
                }
            } else if ("formatVersion".equals(key)) {
                parts.version(versionOf(parser.getValue()));
            } else {
                parts.member(key, parser.getValue());
            }
        }
        return parts.document();
    }

    /** The entry types of the document's lists, by the lists' names. */
    private static final Map<String, Class<?>> ENTRY_TYPES = Map.of("measures", DocumentMeasure.class,
            "channels", DocumentChannel.class, "processors", DocumentProcessor.class, "transfers", DocumentTransfer.class,
            "activities", DocumentActivity.class);

    /**
     * What has been read of a document so far. Entries are bound as they come once the format version is known (an
     * export states it first); entries that come before it wait for it as JSON.
     */
    private static final class DocumentParts {

        private final JsonContract contract = JsonContract.collecting();
        private final JsonObjectBuilder members = Json.createObjectBuilder();
        private final Map<String, List<Object>> lists = new java.util.HashMap<>();
        private final List<Runnable> waiting = new ArrayList<>();
        private Integer version;

        List<Object> list(String name) {
            List<Object> entries = new ArrayList<>();
            lists.put(name, entries);
            return entries;
        }

        void version(int read) {
            version = read;
            waiting.forEach(Runnable::run);
            waiting.clear();
        }

        void member(String key, JsonValue value) {
            contract.member(RegisterDocument.class, key, value);
            members.add(key, value);
        }

        void entry(String list, int index, Class<?> type, JsonValue entry, java.util.function.Consumer<Object> bound) {
            if (version == null) {
                waiting.add(() -> bind(list + "[" + index + "]", type, entry, bound));
            } else {
                bind(list + "[" + index + "]", type, entry, bound);
            }
        }

        private void bind(String path, Class<?> type, JsonValue entry, java.util.function.Consumer<Object> bound) {
            JsonValue current = version == 1 && entry instanceof JsonObject object ? version1Entry(object) : entry;
            contract.at(path, type, current);
            if (contract.clean()) {
                bound.accept(current == JsonValue.NULL ? null : JSONB.fromJson(current.toString(), type));
            }
        }

        RegisterDocument document() {
            if (version == null) {
                version(RegisterDocument.FORMAT_VERSION);
            }
            contract.throwIfAny();
            RegisterDocument read = JSONB.fromJson(members.add("formatVersion", RegisterDocument.FORMAT_VERSION).build().toString(),
                    RegisterDocument.class);
            read.measures = typed(lists.get("measures"), read.measures);
            read.channels = typed(lists.get("channels"), read.channels);
            read.processors = typed(lists.get("processors"), read.processors);
            read.transfers = typed(lists.get("transfers"), read.transfers);
            read.activities = typed(lists.get("activities"), read.activities);
            read.writtenInVersion = version;
            return read;
        }

        /** A list read entry by entry, or what the binding made of a list member that was not an array (null). */
        @SuppressWarnings("unchecked")
        private static <E> List<E> typed(List<Object> entries, List<E> bound) {
            return entries == null ? bound : (List<E>) (List<?>) entries;
        }
    }

    /** The document's format version; a document that does not say is taken as the current version. */
    private static int versionOf(JsonValue version) {
        if (version == null || version == JsonValue.NULL) {
            return RegisterDocument.FORMAT_VERSION;
        }
        int number = version instanceof JsonNumber n && n.isIntegral() ? exactly(n) : -1;
        if (!SUPPORTED.contains(number)) {
            throw new InvalidFieldException("formatVersion", "import.formatVersion",
                    String.join(", ", SUPPORTED.stream().map(String::valueOf).toList()));
        }
        return number;
    }

    private static int exactly(JsonNumber number) {
        try {
            return number.intValueExact();
        } catch (ArithmeticException tooLarge) {
            return -1;
        }
    }

    /** Version 1 → 2, entry by entry: a recipient's processor key moves into the recipient; id links are dropped. */
    private static JsonObject version1Entry(JsonObject entry) {
        JsonObjectBuilder upgraded = Json.createObjectBuilder(entry);
        VERSION_1_IDS.forEach(upgraded::remove);
        upgraded.remove("recipientProcessorKeys");
        if (entry.get("recipients") instanceof JsonArray recipients) {
            JsonArray processorKeys = entry.get("recipientProcessorKeys") instanceof JsonArray keys ? keys : JsonValue.EMPTY_JSON_ARRAY;
            JsonArrayBuilder rewritten = Json.createArrayBuilder();
            for (int i = 0; i < recipients.size(); i++) {
                if (recipients.get(i) instanceof JsonObject recipient) {
                    JsonObjectBuilder r = Json.createObjectBuilder(recipient).remove("processorId");
                    JsonValue key = i < processorKeys.size() ? processorKeys.get(i) : JsonValue.NULL;
                    if (key != JsonValue.NULL) {
                        r.add("processorKey", key);
                    }
                    rewritten.add(r);
                } else {
                    rewritten.add(recipients.get(i));
                }
            }
            upgraded.add("recipients", rewritten);
        }
        return upgraded.build();
    }
}
