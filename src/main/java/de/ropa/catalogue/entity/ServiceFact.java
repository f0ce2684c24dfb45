package de.ropa.catalogue.entity;

import de.ropa.platform.entity.Lengths;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One fact of a messenger service with its provenance: the German and English statement, the sources, when and by
 * whom it was checked, and how far it can be relied on. The fact's value is the service's column for the topic.
 */
@Entity
@Table(name = "service_fact")
public class ServiceFact {

    @Id
    @SequenceGenerator(name = "service_fact_seq", sequenceName = "service_fact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_fact_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private MessengerService service;

    @Enumerated(EnumType.STRING)
    @Column(name = "topic", length = 50, nullable = false)
    private FactTopic topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 20, nullable = false)
    private FactState state;

    @Column(name = "text_de", length = Lengths.TEXT)
    private String textDe;

    @Column(name = "text_en", length = Lengths.TEXT)
    private String textEn;

    @Column(name = "checked_on")
    private LocalDate checkedOn;

    @Column(name = "checked_by", length = Lengths.NAME)
    private String checkedBy;

    @ElementCollection
    @CollectionTable(name = "service_fact_source", joinColumns = @JoinColumn(name = "fact_id"))
    @OrderColumn(name = "position")
    private List<FactSource> sources = new ArrayList<>();

    protected ServiceFact() {
    }

    public ServiceFact(MessengerService service, FactTopic topic) {
        this.service = service;
        this.topic = topic;
    }

    /** A verified fact is checked again after a year; one never checked is due at once. */
    public static boolean checkDue(FactState state, LocalDate checkedOn, LocalDate today) {
        return state == FactState.VERIFIED && (checkedOn == null || checkedOn.isBefore(today.minusYears(1)));
    }

    /** The statement in German or English; the other language while one is missing. */
    public static String statement(String textDe, String textEn, boolean german) {
        return german ? (textDe != null ? textDe : textEn) : (textEn != null ? textEn : textDe);
    }

    public Long getId() {
        return id;
    }

    public MessengerService getService() {
        return service;
    }

    public FactTopic getTopic() {
        return topic;
    }

    public FactState getState() {
        return state;
    }

    public void setState(FactState state) {
        this.state = state;
    }

    public String getTextDe() {
        return textDe;
    }

    public void setTextDe(String textDe) {
        this.textDe = textDe;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(LocalDate checkedOn) {
        this.checkedOn = checkedOn;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public void setCheckedBy(String checkedBy) {
        this.checkedBy = checkedBy;
    }

    public List<FactSource> getSources() {
        return sources;
    }

    public void setSources(List<FactSource> sources) {
        this.sources = new ArrayList<>(sources);
    }
}
