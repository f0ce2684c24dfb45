package de.ropa.exchange.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.platform.boundary.JsonbConfiguration;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The demo register document parses strictly and its keys are consistent. */
class RegisterDocumentTest {

    @Test
    void theDemoDocumentParsesAndEveryKeyItUsesIsDefined() throws Exception {
        RegisterDocument document;
        try (InputStream in = getClass().getResourceAsStream("/demo/demo-register.json")) {
            document = new JsonbConfiguration().getContext(RegisterDocument.class).fromJson(in, RegisterDocument.class);
        }

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
        document.activities.forEach(a -> Stream.of(a.channelKeys, a.measureKeys, a.transferKeys, a.recipientProcessorKeys)
                .flatMap(java.util.List::stream).filter(Objects::nonNull).forEach(used::add));
        assertTrue(defined.containsAll(used), "undefined keys: " + used.stream().filter(k -> !defined.contains(k)).toList());
        document.activities.forEach(a -> assertEquals(a.recipients.size(), a.recipientProcessorKeys.size(), a.key));
    }
}
