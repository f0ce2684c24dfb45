package de.ropa.exchange.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.platform.control.InvalidFieldException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The demo register document parses strictly, its keys are consistent, and documents of format 1 still read. */
class RegisterDocumentTest {

    static final Path FORMAT_1 = Path.of("src/test/golden/register-format-1.json");

    @Test
    void theDemoDocumentParsesAndEveryKeyItUsesIsDefined() throws Exception {
        RegisterDocument document;
        try (InputStream in = getClass().getResourceAsStream("/demo/demo-register.json")) {
            document = DocumentVersions.read(in);
        }

        assertEquals(RegisterDocument.FORMAT_VERSION, document.formatVersion);
        assertEquals("Sommer Malerbetrieb GmbH & Co. KG", document.organisation.name);
        assertEquals(6, document.activities.size());
        Set<String> defined = new HashSet<>();
        document.measures.forEach(m -> defined.add(m.key));
        document.channels.forEach(c -> defined.add(c.key));
        document.processors.forEach(p -> defined.add(p.key));
        document.transfers.forEach(t -> defined.add(t.key));
        Set<String> used = new HashSet<>();
        document.channels.forEach(c -> used.addAll(c.measureKeys));
        document.processors.forEach(p -> {
            used.addAll(p.channelKeys);
            if (p.mainProcessorKey != null) {
                used.add(p.mainProcessorKey);
            }
        });
        document.activities.forEach(a -> Stream.of(a.channelKeys, a.measureKeys, a.transferKeys,
                        a.recipients.stream().map(r -> r.processorKey).toList())
                .flatMap(List::stream).filter(Objects::nonNull).forEach(used::add));
        assertTrue(defined.containsAll(used), "undefined keys: " + used.stream().filter(k -> !defined.contains(k)).toList());
    }

    @Test
    void aFormat1DocumentMovesEachRecipientsProcessorKeyIntoTheRecipient() throws Exception {
        RegisterDocument document;
        try (InputStream in = Files.newInputStream(FORMAT_1)) {
            document = DocumentVersions.read(in);
        }

        assertEquals(RegisterDocument.FORMAT_VERSION, document.formatVersion);
        DocumentActivity teams = document.activities.get(3);
        assertEquals(List.of("Beschäftigte", "Microsoft Ireland Operations Ltd.", "Schmitz IT-Service e. K."),
                teams.recipients.stream().map(r -> r.name).toList());
        assertEquals(Arrays.asList(null, "P2", "P4"), teams.recipients.stream().map(r -> r.processorKey).toList());
        assertEquals("whatsapp-business-app", document.channels.get(0).serviceCode);
    }

    @Test
    void aFormat1DocumentMayStillCarryTheIdsItsImportIgnored() {
        JsonObject version1 = Json.createObjectBuilder()
                .add("format", "ropa-register").add("formatVersion", 1)
                .add("organisation", Json.createObjectBuilder().add("name", "Alt GmbH"))
                .add("channels", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("key", "C1").add("name", "Chat").add("serviceCode", "signal").add("serviceId", 7)
                        .add("measureIds", Json.createArrayBuilder().add(3))))
                .build();

        RegisterDocument document = DocumentVersions.read(version1);

        assertEquals("signal", document.channels.get(0).serviceCode);
        assertEquals(List.of(), document.channels.get(0).measureKeys);
    }

    @Test
    void anUnknownFormatVersionIsNamedAsTheField() {
        InputStream future = new ByteArrayInputStream(("{\"format\":\"ropa-register\",\"formatVersion\":"
                + (RegisterDocument.FORMAT_VERSION + 1) + "}").getBytes(StandardCharsets.UTF_8));

        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> DocumentVersions.read(future));

        assertEquals("formatVersion", refused.problems().get(0).field());
    }

    @Test
    void aCurrentDocumentRefusesTheIdsOfFormat1() {
        JsonObject version2 = Json.createObjectBuilder()
                .add("formatVersion", RegisterDocument.FORMAT_VERSION)
                .add("organisation", Json.createObjectBuilder().add("name", "Neu GmbH"))
                .add("channels", Json.createArrayBuilder().add(Json.createObjectBuilder().add("key", "C1").add("serviceId", 7)))
                .build();

        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> DocumentVersions.read(version2));
        assertEquals("channels[0].serviceId", refused.problems().get(0).field());
        assertEquals(RegisterDocument.FORMAT_VERSION, DocumentVersions.read(Json.createObjectBuilder().build()).writtenInVersion,
                "a document that does not state its version is read as the current one");
    }

    @Test
    void aFormat1DocumentThatStatesItsVersionAfterItsListsIsStillRewritten() {
        InputStream version1Last = new ByteArrayInputStream(("{\"organisation\":{\"name\":\"Alt GmbH\"},"
                + "\"channels\":[{\"key\":\"C1\",\"name\":\"Chat\",\"serviceCode\":\"signal\",\"serviceId\":7}],"
                + "\"formatVersion\":1}").getBytes(StandardCharsets.UTF_8));

        RegisterDocument document = DocumentVersions.read(version1Last);

        assertEquals(1, document.writtenInVersion);
        assertEquals(List.of("C1"), document.channels.stream().map(c -> c.key).toList());
        assertEquals("signal", document.channels.get(0).serviceCode);
    }

    @Test
    void everyMismatchIsNamedByItsPathWhetherInTheDocumentOrInAnEntry() {
        InputStream mismatched = new ByteArrayInputStream(("{\"organisation\":{\"name\":5},"
                + "\"channels\":[{\"key\":\"C1\",\"name\":7},null,{\"key\":\"C3\",\"bogus\":1}],"
                + "\"activities\":[3],\"extra\":true}").getBytes(StandardCharsets.UTF_8));

        InvalidFieldException refused = assertThrows(InvalidFieldException.class, () -> DocumentVersions.read(mismatched));

        // entries wait for the format version, which this document does not state: they are checked at its end
        assertEquals(List.of("organisation.name", "extra", "channels[0].name", "channels[2].bogus", "activities[0]"),
                refused.problems().stream().map(InvalidFieldException.FieldProblem::field).toList());
    }

    @Test
    void aNullEntryStaysForTheValidationToName() {
        InputStream withNull = new ByteArrayInputStream("{\"organisation\":{\"name\":\"N\"},\"measures\":[null]}"
                .getBytes(StandardCharsets.UTF_8));

        RegisterDocument document = DocumentVersions.read(withNull);

        assertEquals(Arrays.asList((DocumentMeasure) null), document.measures);
        assertEquals(List.of(), document.activities);
    }
}
