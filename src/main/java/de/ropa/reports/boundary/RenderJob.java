package de.ropa.reports.boundary;

import de.ropa.reports.control.RenderProgress;

/**
 * How far a report rendered in the background is, as a percentage for the screen's progress bar: laying out the
 * pages up to 60 % (their number estimated from the number of lines), writing the PDF the rest.
 */
final class RenderJob implements RenderProgress {

    static final int LINES_PER_PAGE = 28;

    private final int estimatedPages;
    private volatile int laidOut;
    private volatile int pages;
    private volatile int written;

    RenderJob(int lines) {
        this.estimatedPages = Math.max(1, lines / LINES_PER_PAGE);
    }

    @Override
    public void laidOut(int page) {
        laidOut = page;
    }

    @Override
    public void written(int page, int total) {
        pages = total;
        written = page;
    }

    int percent() {
        if (written > 0) {
            return 60 + 40 * written / pages;
        }
        return 60 * Math.min(1000, 1000 * laidOut / estimatedPages) / 1000;
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
