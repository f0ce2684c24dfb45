package de.ropa.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF as a reader sees it: its pages' text (read with PDFBox). A copy stays in target/reports/&lt;server&gt;, with every
 * page rendered as an image beside it (name-page-N.png), for a look.
 */
public record Pdf(List<String> pages) {

    public static Pdf read(byte[] pdf, String copyName) {
        try {
            Path copy = Path.of("target", "reports", Deployments.server(), copyName);
            Files.createDirectories(copy.getParent());
            Files.write(copy, pdf);
            if ("wildfly".equals(Deployments.server())) {
                renderPages(pdf, copy); // once per build is enough to look at, and it costs about a second a page
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(pdf);
    }

    private static void renderPages(byte[] pdf, Path copy) throws IOException {
        String base = copy.getFileName().toString().replaceFirst("\\.pdf$", "");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                ImageIO.write(renderer.renderImageWithDPI(page, 60), "png",
                        copy.resolveSibling(base + "-page-" + (page + 1) + ".png").toFile());
            }
        }
    }

    public static Pdf parse(byte[] pdf) {
        try {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper();
                List<String> pages = new ArrayList<>();
                for (int p = 1; p <= document.getNumberOfPages(); p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    pages.add(stripper.getText(document));
                }
                return new Pdf(pages);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF of a 200 answer with the PDF content type. */
    public static Pdf of(HttpResponse<byte[]> answer, String copyName) {
        assertEquals(200, answer.statusCode(), () -> new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("application/pdf", answer.headers().firstValue("Content-Type").orElse(""));
        return read(answer.body(), copyName);
    }

    public static Pdf read(Path file) {
        try {
            return read(Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All text, lines joined by single spaces (a table cell's text may wrap anywhere). */
    public String text() {
        return String.join("\n", pages).replaceAll("\\s+", " ");
    }

    public int pageCount() {
        return pages.size();
    }
}
