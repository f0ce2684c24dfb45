package de.ropa.bench;

import de.ropa.activities.entity.RecordType;
import de.ropa.reports.boundary.ReportService;
import de.ropa.reports.control.BareJasper;
import de.ropa.reports.control.ReportDocument;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * What the benchmark measures inside the server's JVM, added to a copy of the WAR for the benchmark only:
 * {@code heap/start} and {@code heap/stop} around a request the benchmark makes (peak heap), and
 * {@code bare?org=} — JasperReports alone rendering the same register document (time and peak heap), and
 * {@code cache} — how often the register's read cache answered (hits and misses since start).
 * Admins only; under /api/ so that the API's Basic/Bearer authentication applies.
 */
@WebServlet("/api/bench-probe/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = "admin"))
public class BenchProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static volatile HeapWatch watch;

    @Inject
    ReportService reports;

    @Inject
    de.ropa.platform.control.RegisterReadCache cache;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        var answer = Json.createObjectBuilder();
        switch (path) {
            case "/cache" -> {
                var statistics = cache.statistics();
                answer.add("orderingHits", statistics.orderingHits()).add("orderingMisses", statistics.orderingMisses())
                        .add("rowHits", statistics.rowHits()).add("rowMisses", statistics.rowMisses())
                        .add("rowsAwaited", statistics.rowsAwaited())
                        .add("derivedHits", statistics.derivedHits()).add("derivedMisses", statistics.derivedMisses())
                        .add("bypassed", statistics.bypassed()).add("rowBytes", statistics.rowBytes());
            }
            case "/heap/start" -> watch = HeapWatch.start();
            case "/heap/stop" -> {
                long[] heap = watch.stop();
                answer.add("baselineBytes", heap[0]).add("peakBytes", heap[1]).add("maxBytes", HeapWatch.max())
                        .add("collections", collections(watch));
            }
            case "/bare" -> {
                ReportDocument document = reports.record(Long.parseLong(request.getParameter("org")), RecordType.CONTROLLER,
                        Locale.GERMAN, null).document();
                CountingStream out = new CountingStream();
                HeapWatch bare = HeapWatch.start();
                long started = System.nanoTime();
                int pages;
                try {
                    pages = BareJasper.render(document, out);
                } catch (net.sf.jasperreports.engine.JRException e) {
                    throw new IOException(e);
                }
                long nanos = System.nanoTime() - started;
                long[] heap = bare.stop();
                answer.add("millis", nanos / 1_000_000).add("pages", pages).add("bytes", out.count)
                        .add("lines", BareJasper.lines(document))
                        .add("baselineBytes", heap[0]).add("peakBytes", heap[1]).add("maxBytes", HeapWatch.max())
                        .add("collections", collections(bare));
            }
            default -> {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        }
        response.setContentType("application/json");
        response.getWriter().write(answer.build().toString());
    }

    private static jakarta.json.JsonObjectBuilder collections(HeapWatch watch) {
        var counts = Json.createObjectBuilder();
        watch.collectionsSince().forEach(counts::add);
        return counts;
    }

    /** The PDF's bytes are counted, not kept: the bare run measures Jasper, not a file system. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
