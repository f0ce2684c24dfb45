package de.ropa.reports.boundary;

import de.ropa.reports.control.RenderProgress;

/**
 * How far a report rendered in the background is, as a percentage for the screen's progress bar:
 * the first pass (finding the contents' pages) up to 35 %, the second up to 65 %, writing the PDF the rest.
 * Until the first pass ends, the number of pages is estimated from the number of lines.
 */
final class RenderJob implements RenderProgress {

    static final int LINES_PER_PAGE = 28;

    private final int estimatedPages;
    private volatile int pass = 1;
    private volatile int laidOut;
    private volatile int pages;
    private volatile int written;

    RenderJob(int lines, boolean twoPasses) {
        this.estimatedPages = Math.max(1, lines / LINES_PER_PAGE);
        this.pass = twoPasses ? 1 : 2;
    }

    @Override
    public void laidOut(int fillPass, int page) {
        pass = fillPass;
        laidOut = page;
    }

    @Override
    public void written(int page, int total) {
        pages = total;
        written = page;
    }

    int percent() {
        if (written > 0) {
            return 65 + 35 * written / pages;
        }
        int total = pass == 2 && pages > 0 ? pages : estimatedPages;
        int share = Math.min(1000, 1000 * laidOut / total);
        return pass == 1 ? 35 * share / 1000 : 35 + 30 * share / 1000;
    }

    int laidOut() {
        return laidOut;
    }

    int written() {
        return written;
    }

    int pages() {
        return pages;
    }
}
