package de.ropa.catalogue.entity;

import de.ropa.platform.entity.Lengths;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A document a catalogue fact rests on: its title, who published it, where it is, and its date (null if it shows none). */
@Embeddable
public class FactSource {

    @Column(name = "title", length = Lengths.SHORT_TEXT, nullable = false)
    private String title;

    @Column(name = "publisher", length = Lengths.NAME)
    private String publisher;

    @Column(name = "url", length = Lengths.URL)
    private String url;

    @Column(name = "document_date")
    private LocalDate documentDate;

    protected FactSource() {
    }

    public FactSource(String title, String publisher, String url, LocalDate documentDate) {
        this.title = title;
        this.publisher = publisher;
        this.url = url;
        this.documentDate = documentDate;
    }

    public String getTitle() {
        return title;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getUrl() {
        return url;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }
}
