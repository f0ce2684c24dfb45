package de.ropa.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.testing.Pdf;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compiled template renders documents as users read them: the PDF's text, pages, fonts and contents. */
class ReportRendererTest {

    private static final ZonedDateTime GENERATED = ZonedDateTime.of(2026, 11, 27, 9, 30, 0, 0, ZoneId.of("Europe/Berlin"));

    private final ReportRenderer renderer = new ReportRenderer();

    @Test
    void printsTextWithUmlautsAndMarkupAsTypedAndFillsHeaderAndFooter() throws IOException {
        ReportDocument document = new ReportDocument("Verzeichnis", "Müller & Söhne GmbH", "Stand: heute", Locale.GERMAN)
                .part("cover", null)
                .title("Verzeichnis von Verarbeitungstätigkeiten", "Art. 30", "Müller & Söhne GmbH")
                .part("main", "Verarbeitungstätigkeiten")
                .section("s1", "1. Kundenanfragen über WhatsApp")
                .field("Bezeichnung", "<b>Grüße</b> & <script>alert('ß')</script>")
                .field("Beschreibung", null)
                .row("Zweck", "Rechtsgrundlage", null, "");
        byte[] pdf = render(document, RenderProgress.NONE);

        try (PDDocument read = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(read).replaceAll("[ \\n]+", " ");
            assertTrue(text.contains("Verzeichnis von Verarbeitungstätigkeiten"), text);
            assertTrue(text.contains("<b>Grüße</b> & <script>alert('ß')</script>"), "markup printed as typed: " + text);
            assertTrue(text.contains("Beschreibung —"), "an empty field shows a dash: " + text);
            assertTrue(text.contains("Erstellt am 27.11.2026, 09:30 MEZ"), text);
            assertTrue(text.contains("Seite 2 von 2"), text);
            assertTrue(text.contains("Stand: heute"), text);
            assertEquals(2, read.getNumberOfPages());
            assertTrue(read.getDocumentCatalog().getStructureTreeRoot() != null, "tagged for screen readers");
            assertEquals("de", read.getDocumentCatalog().getLanguage());
            assertEquals("Verzeichnis", read.getDocumentInformation().getTitle());
            for (PDPage page : read.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.getName().contains("DejaVu"), "only the DejaVu font: " + font.getName());
                    assertTrue(font.isEmbedded(), "font embedded: " + font.getName());
                }
            }
        }
    }

    @ParameterizedTest(name = "lines in memory: {0}")
    @ValueSource(ints = {LineSpool.IN_MEMORY, 50})
    void contentsNameThePagesTheSectionsStartOn(int inMemory) throws IOException {
        ReportDocument document = new ReportDocument("Record", "Example Ltd", "State", Locale.ENGLISH)
                .keepInMemory(inMemory)
                .part("cover", null).title("Record of processing activities", null, "Example Ltd")
                .contents("contents", "Contents");
        document.part("activities", "Processing activities");
        for (int i = 1; i <= 60; i++) {
            document.section("a" + i, i + ". Activity number " + i);
            for (int f = 0; f < 8; f++) {
                document.field("Field " + f, "Value " + f + " of activity " + i);
            }
        }
        document.part("annex", "Annex A: Measures").text("none");
        byte[] pdf = render(document, RenderProgress.NONE);

        try (PDDocument read = Loader.loadPDF(pdf)) {
            List<String> pages = Pdf.parse(pdf).pages();
            assertTrue(pages.get(1).contains("\nContents\n"), pages.get(1));
            Matcher part = Pattern.compile("Processing activities (\\d+)").matcher(pages.get(1));
            assertTrue(part.find(), pages.get(1));
            int firstActivityPage = Integer.parseInt(part.group(1));
            assertTrue(firstActivityPage > 3, "60 entries need more than one page of contents");
            assertTrue(pages.get(firstActivityPage - 1).contains("\nProcessing activities\n"));
            String contents = String.join("\n", pages.subList(1, firstActivityPage - 1));
            for (int i : new int[] {1, 30, 60}) {
                Matcher entry = Pattern.compile("\\Q" + i + ". Activity number " + i + "\\E\\s+(\\d+)").matcher(contents);
                assertTrue(entry.find(), "contents lists activity " + i + ": " + contents);
                int page = Integer.parseInt(entry.group(1));
                assertTrue(pages.get(page - 1).contains("Value 0 of activity " + i + "\n"),
                        "activity " + i + " starts on page " + page);
            }
            Matcher annex = Pattern.compile("Annex A: Measures\\s+(\\d+)").matcher(contents);
            assertTrue(annex.find(), contents);
            assertEquals(read.getNumberOfPages(), Integer.parseInt(annex.group(1)), "the annex is the last page");
            assertTrue(pages.get(pages.size() - 1).contains("Page " + pages.size() + " of " + pages.size()));
        }
    }

    @Test
    void tellsProgressPageByPage() throws IOException {
        ReportDocument document = new ReportDocument("Record", "Example Ltd", "State", Locale.ENGLISH)
                .part("cover", null).title("Title", null, null).contents("contents", "Contents");
        document.part("main", "Main");
        for (int i = 0; i < 200; i++) {
            document.section("s" + i, "Section " + i).field("Label", "Value");
        }
        List<String> events = new ArrayList<>();
        byte[] pdf = render(document, new RenderProgress() {
            @Override
            public void laidOut(int pages) {
                events.add("fill:" + pages);
            }

            @Override
            public void written(int page, int pages) {
                events.add("pdf:" + page + "/" + pages);
            }
        });
        try (PDDocument read = Loader.loadPDF(pdf)) {
            int pages = read.getNumberOfPages();
            // one fill, even with contents; pages are reported as they are finished: the last one by the writing
            assertEquals(pages - 1, events.stream().filter(e -> e.startsWith("fill:")).count(), events.toString());
            assertTrue(events.indexOf("pdf:1/" + pages) > events.indexOf("fill:" + (pages - 1)), events.toString());
            assertEquals("pdf:" + pages + "/" + pages, events.get(events.size() - 1));
        }
    }

    private byte[] render(ReportDocument document, RenderProgress progress) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(document, GENERATED, out, progress);
        byte[] pdf = out.toByteArray();
        Path copy = Path.of("target", "reports", "unit-" + document.title().toLowerCase(Locale.ROOT) + ".pdf");
        Files.createDirectories(copy.getParent());
        Files.write(copy, pdf);
        return pdf;
    }
}
