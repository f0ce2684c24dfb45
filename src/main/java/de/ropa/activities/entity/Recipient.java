package de.ropa.activities.entity;

import de.ropa.platform.entity.Lengths;
import de.ropa.processors.entity.Processor;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A category of recipients (Art. 30(1)(d)) and its country; a processor recipient names the processor. */
@Embeddable
public class Recipient {

    @Column(name = "name", length = Lengths.NAME, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 50, nullable = false)
    private RecipientKind kind;

    @Column(name = "country", length = Lengths.COUNTRY)
    private String country;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "processor_id")
    private Processor processor;

    protected Recipient() {
    }

    public Recipient(String name, RecipientKind kind, String country, Processor processor) {
        this.name = name;
        this.kind = kind;
        this.country = country;
        this.processor = processor;
    }

    public String getName() {
        return name;
    }

    public RecipientKind getKind() {
        return kind;
    }

    public String getCountry() {
        return country;
    }

    public Processor getProcessor() {
        return processor;
    }
}
