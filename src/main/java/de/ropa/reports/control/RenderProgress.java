package de.ropa.reports.control;

/** What a long report tells whoever waits for it: pages laid out, then pages written to the PDF. */
public interface RenderProgress {

    RenderProgress NONE = new RenderProgress() {
    };

    /** Page {@code pages} is laid out; {@code pass} is 1 when a first pass finds the contents' page numbers. */
    default void laidOut(int pass, int pages) {
    }

    /** Page {@code page} of {@code pages} is in the PDF. */
    default void written(int page, int pages) {
    }
}
