package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.Art32Letter;
import de.ropa.catalogue.entity.CatalogueMeasure;
import de.ropa.catalogue.entity.MeasureKind;
import de.ropa.catalogue.entity.SdmGoal;
import de.ropa.platform.entity.Lengths;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure of the TOM catalogue as a client sends it. */
@Schema(name = "CatalogueMeasureRequest")
public class CatalogueMeasureRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(example = "contact-sync-disabled", required = true)
    @NotBlank
    @Size(max = Lengths.CODE)
    @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{ropa.code}")
    public String code;

    @Schema(example = "Adressbuch-Synchronisation deaktiviert", required = true)
    @NotBlank
    @Size(max = Lengths.NAME)
    public String titleDe;

    @Schema(example = "Contact sync disabled", required = true)
    @NotBlank
    @Size(max = Lengths.NAME)
    public String titleEn;

    @Size(max = Lengths.TEXT)
    public String descriptionDe;

    @Size(max = Lengths.TEXT)
    public String descriptionEn;

    @Schema(description = "What the measure is for; SECURITY when missing. Only security measures are Art. 32 measures")
    public MeasureKind kind;

    @Schema(description = "The letter of Art. 32(1) a security measure serves; required for SECURITY, empty otherwise")
    public Art32Letter art32Letter;

    @Schema(required = true)
    @NotNull
    public SdmGoal sdmGoal;

    public Boolean messengerSpecific;

    /** The request that would store the catalogue measure as it is, for editing it on a screen. */
    public static CatalogueMeasureRequest from(CatalogueMeasure m) {
        CatalogueMeasureRequest r = new CatalogueMeasureRequest();
        r.code = m.getCode();
        r.titleDe = m.getTitleDe();
        r.titleEn = m.getTitleEn();
        r.descriptionDe = m.getDescriptionDe();
        r.descriptionEn = m.getDescriptionEn();
        r.kind = m.getKind();
        r.art32Letter = m.getArt32Letter();
        r.sdmGoal = m.getSdmGoal();
        r.messengerSpecific = m.isMessengerSpecific();
        return r;
    }

    void applyTo(CatalogueMeasure measure) {
        measure.setCode(code);
        measure.setTitleDe(titleDe);
        measure.setTitleEn(titleEn);
        measure.setDescriptionDe(descriptionDe);
        measure.setDescriptionEn(descriptionEn);
        // a client that does not know kinds (before schema 13) keeps the entry's kind; a new entry is a security measure
        if (kind != null) {
            measure.setKind(kind);
        }
        measure.setArt32Letter(measure.getKind() == MeasureKind.SECURITY ? art32Letter : null);
        measure.setSdmGoal(sdmGoal);
        measure.setMessengerSpecific(Boolean.TRUE.equals(messengerSpecific));
    }
}
