package de.ropa.measures.entity;

import de.ropa.catalogue.entity.Art32Letter;
import de.ropa.catalogue.entity.CatalogueMeasure;
import de.ropa.catalogue.entity.MeasureKind;
import de.ropa.catalogue.entity.SdmGoal;
import de.ropa.platform.entity.Lengths;
import de.ropa.platform.entity.OrganisationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A technical or organisational measure (Art. 32) of one organisation, with its state and evidence. */
@Entity
@Table(name = "measure")
public class Measure extends OrganisationScoped {

    @Id
    @SequenceGenerator(name = "measure_seq", sequenceName = "measure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "measure_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "catalogue_measure_id")
    private CatalogueMeasure catalogueMeasure;

    @Column(name = "title", length = Lengths.NAME, nullable = false)
    private String title;

    @Column(name = "description", length = Lengths.TEXT)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "art32_letter", length = 50)
    private Art32Letter art32Letter;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    private MeasureKind kind = MeasureKind.SECURITY;

    @Enumerated(EnumType.STRING)
    @Column(name = "sdm_goal", length = 50, nullable = false)
    private de.ropa.catalogue.entity.SdmGoal sdmGoal;

    @Column(name = "messenger_specific", nullable = false)
    private boolean messengerSpecific;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 50, nullable = false)
    private MeasureStatus status;

    @Column(name = "evidence", length = Lengths.TEXT)
    private String evidence;

    @Override
    public Long getId() {
        return id;
    }

    public CatalogueMeasure getCatalogueMeasure() {
        return catalogueMeasure;
    }

    public void setCatalogueMeasure(CatalogueMeasure catalogueMeasure) {
        this.catalogueMeasure = catalogueMeasure;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public MeasureKind getKind() {
        return kind;
    }

    public void setKind(MeasureKind kind) {
        this.kind = kind;
    }

    public Art32Letter getArt32Letter() {
        return art32Letter;
    }

    public void setArt32Letter(Art32Letter art32Letter) {
        this.art32Letter = art32Letter;
    }

    public de.ropa.catalogue.entity.SdmGoal getSdmGoal() {
        return sdmGoal;
    }

    public void setSdmGoal(de.ropa.catalogue.entity.SdmGoal sdmGoal) {
        this.sdmGoal = sdmGoal;
    }

    public boolean isMessengerSpecific() {
        return messengerSpecific;
    }

    public void setMessengerSpecific(boolean messengerSpecific) {
        this.messengerSpecific = messengerSpecific;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public void setStatus(MeasureStatus status) {
        this.status = status;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
