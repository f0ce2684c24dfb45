package de.ropa.exchange.boundary;

import de.ropa.platform.boundary.JsonContract;
import de.ropa.platform.boundary.JsonbConfiguration;
import de.ropa.platform.control.InvalidFieldException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import java.io.InputStream;
import java.util.List;
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
        return read(Json.createReader(new java.io.InputStreamReader(json, java.nio.charset.StandardCharsets.UTF_8)).readObject());
    }

    public static RegisterDocument read(JsonObject document) {
        int version = versionOf(document);
        JsonObject current = upgraded(document, version);
        JsonContract.check(RegisterDocument.class, current);
        RegisterDocument read = JSONB.fromJson(current.toString(), RegisterDocument.class);
        read.writtenInVersion = version;
        return read;
    }

    /** The document's format version; a document that does not say is taken as the current version. */
    private static int versionOf(JsonObject document) {
        JsonValue version = document.get("formatVersion");
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

    static JsonObject toCurrent(JsonObject document) {
        return upgraded(document, versionOf(document));
    }

    private static JsonObject upgraded(JsonObject document, int version) {
        if (version == RegisterDocument.FORMAT_VERSION) {
            return document;
        }
        // 2 → 3 and 3 → 4 only added properties; 3 → 4's yes/no answers still read true and false
        JsonObject current = version == 1 ? fromVersion1(document) : document;
        return Json.createObjectBuilder(current).add("formatVersion", RegisterDocument.FORMAT_VERSION).build();
    }

    private static int exactly(JsonNumber number) {
        try {
            return number.intValueExact();
        } catch (ArithmeticException tooLarge) {
            return -1;
        }
    }

    /** Version 1 → 2: a recipient's processor key moves into the recipient; id links are dropped. */
    private static JsonObject fromVersion1(JsonObject document) {
        JsonObjectBuilder upgraded = Json.createObjectBuilder(document);
        for (String list : List.of("measures", "channels", "processors", "transfers", "activities")) {
            if (document.get(list) instanceof JsonArray entries) {
                JsonArrayBuilder rewritten = Json.createArrayBuilder();
                for (JsonValue entry : entries) {
                    rewritten.add(entry instanceof JsonObject object ? version1Entry(object) : entry);
                }
                upgraded.add(list, rewritten);
            }
        }
        return upgraded.build();
    }

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
