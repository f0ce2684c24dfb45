package de.ropa.catalogue.entity;

import de.ropa.platform.entity.Lengths;
import de.ropa.platform.entity.Tracked;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A technical or organisational measure in the reference catalogue (Art. 32), in German and English; organisations adopt it as their own measure. */
@Entity
@Table(name = "catalogue_measure")
public class CatalogueMeasure extends Tracked {

    @Id
    @SequenceGenerator(name = "catalogue_measure_seq", sequenceName = "catalogue_measure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_measure_seq")
    private Long id;

    @Column(name = "code", length = Lengths.CODE, nullable = false)
    private String code;

    @Column(name = "title_de", length = Lengths.NAME, nullable = false)
    private String titleDe;

    @Column(name = "title_en", length = Lengths.NAME, nullable = false)
    private String titleEn;

    @Column(name = "description_de", length = Lengths.TEXT)
    private String descriptionDe;

    @Column(name = "description_en", length = Lengths.TEXT)
    private String descriptionEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "art32_letter", length = 50)
    private Art32Letter art32Letter;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 30, nullable = false)
    private MeasureKind kind = MeasureKind.SECURITY;

    @Enumerated(EnumType.STRING)
    @Column(name = "sdm_goal", length = 50, nullable = false)
    private SdmGoal sdmGoal;

    @Column(name = "messenger_specific", nullable = false)
    private boolean messengerSpecific;

    @Override
    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public void setTitleDe(String titleDe) {
        this.titleDe = titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public void setDescriptionDe(String descriptionDe) {
        this.descriptionDe = descriptionDe;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
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

    public SdmGoal getSdmGoal() {
        return sdmGoal;
    }

    public void setSdmGoal(SdmGoal sdmGoal) {
        this.sdmGoal = sdmGoal;
    }

    public boolean isMessengerSpecific() {
        return messengerSpecific;
    }

    public void setMessengerSpecific(boolean messengerSpecific) {
        this.messengerSpecific = messengerSpecific;
    }
}
