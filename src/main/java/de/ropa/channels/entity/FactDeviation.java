package de.ropa.channels.entity;

import de.ropa.catalogue.entity.FactTopic;
import de.ropa.platform.entity.Lengths;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What the organisation has arranged with the provider for this channel where it differs from the shared catalogue
 * (e.g. its own contract, or a hosting region it booked): its own statement on one topic, with the document it rests on.
 * Others' channels and the catalogue stay as they are.
 */
@Embeddable
public class FactDeviation {

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", length = 50, nullable = false)
    private FactTopic topic;

    @Column(name = "statement", length = Lengths.TEXT, nullable = false)
    private String statement;

    @Column(name = "evidence", length = Lengths.SHORT_TEXT)
    private String evidence;

    protected FactDeviation() {
    }

    public FactDeviation(FactTopic topic, String statement, String evidence) {
        this.topic = topic;
        this.statement = statement;
        this.evidence = evidence;
    }

    public FactTopic getTopic() {
        return topic;
    }

    public String getStatement() {
        return statement;
    }

    public String getEvidence() {
        return evidence;
    }
}
