package de.ropa.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.reports.control.ReportLine.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LineSpoolTest {

    @Test
    void linesBeyondTheMemoryLimitComeBackFromTheFileAsTheyWereWritten() {
        List<ReportLine> written = lines();
        try (LineSpool spool = new LineSpool(3)) {
            written.forEach(spool::add);
            assertEquals(written.size(), spool.size());
            assertEquals(written, read(spool));
            assertEquals(written, read(spool), "read a second time");
            assertThrows(IllegalStateException.class, () -> spool.add(written.get(0)), "nothing is added after reading");
        }
    }

    @Test
    void theTemporaryFileIsGoneWhenTheSpoolIsClosed() throws IOException {
        Set<Path> before = spoolFiles();
        LineSpool spool = new LineSpool(1);
        lines().forEach(spool::add);
        Set<Path> during = spoolFiles();
        during.removeAll(before);
        assertEquals(1, during.size(), "one temporary file while the lines are kept");
        spool.close();
        assertFalse(Files.exists(during.iterator().next()));
    }

    @Test
    void aSmallDocumentStaysInMemory() throws IOException {
        Set<Path> before = spoolFiles();
        try (LineSpool spool = new LineSpool()) {
            lines().forEach(spool::add);
            assertEquals(lines(), read(spool));
            assertEquals(before, spoolFiles());
        }
    }

    private static List<ReportLine> lines() {
        String umlauts = "Müller – „Kunden“ 😀 ";
        String long70k = "x".repeat(70_000) + umlauts;
        List<String> head = List.of("Zweck", "Rechtsgrundlage", "Art. 9", "Einzelheiten");
        List<ReportLine> lines = new ArrayList<>();
        lines.add(new ReportLine("cover", null, "cover", null, Kind.TITLE, "Verzeichnis", null, umlauts, null, null, "line-0", List.of()));
        lines.add(new ReportLine("activities", "Tätigkeiten", "activity-1", "1. Chat", Kind.FIELD, "Name", "Chat", null, null, null, "line-1", List.of()));
        lines.add(new ReportLine("activities", "Tätigkeiten", "activity-1", "1. Chat", Kind.ROW, "a", "b", "c", "d", null, "table-1", head));
        lines.add(new ReportLine("activities", "Tätigkeiten", "activity-1", "1. Chat", Kind.ROW, "e", long70k, "g", "", null, "table-1", head));
        lines.add(new ReportLine("activities", "Tätigkeiten", "activity-2", "2. Signal", Kind.TEXT, umlauts, null, null, null, null, "line-4", List.of()));
        lines.add(new ReportLine("contents", "Inhalt", "contents", null, Kind.TOC2, "2. Signal", null, null, null, "activity-2", null, List.of()));
        lines.add(new ReportLine("annex", "Anhang A", "annex", null, Kind.GAP, null, null, null, null, null, "line-6", List.of()));
        lines.add(new ReportLine("annex", "Anhang A", "annex", null, Kind.ROW3, "1", "2", "3", null, null, "table-2", List.of("A", "B", "C")));
        return lines;
    }

    private static List<ReportLine> read(LineSpool spool) {
        List<ReportLine> read = new ArrayList<>();
        spool.iterator().forEachRemaining(read::add);
        return read;
    }

    private static Set<Path> spoolFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("ropa-lines-")).collect(Collectors.toSet());
        }
    }
}
