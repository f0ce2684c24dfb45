package de.ropa.reports.control;

/** What a long report tells whoever waits for it: pages laid out, then pages written to the PDF. */
public interface RenderProgress {

    RenderProgress NONE = new RenderProgress() {
    };

    /** Page {@code pages} is laid out. */
    default void laidOut(int pages) {
    }

    /** Page {@code page} of {@code pages} is in the PDF. */
    default void written(int page, int pages) {
    }
}
