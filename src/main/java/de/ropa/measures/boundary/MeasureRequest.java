package de.ropa.measures.boundary;

import de.ropa.catalogue.entity.Art32Letter;
import de.ropa.catalogue.entity.MeasureKind;
import de.ropa.catalogue.entity.SdmGoal;
import de.ropa.measures.entity.Measure;
import de.ropa.measures.entity.MeasureStatus;
import de.ropa.platform.entity.Lengths;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure of the organisation as a client sends it. With catalogueMeasureId, empty title, letter and goal are taken from the catalogue. */
@Schema(name = "MeasureRequest")
public class MeasureRequest implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(description = "The catalogue measure this one adopts")
    public Long catalogueMeasureId;

    @Schema(example = "Adressbuch-Synchronisation deaktiviert", description = "Required unless taken from the catalogue")
    @Size(max = Lengths.NAME)
    public String title;

    @Size(max = Lengths.TEXT)
    public String description;

    @Schema(description = "What the measure is for; taken from the catalogue, else SECURITY when missing")
    public MeasureKind kind;

    @Schema(description = "For a security measure: required unless taken from the catalogue; empty for other kinds")
    public Art32Letter art32Letter;

    @Schema(description = "Required unless taken from the catalogue")
    public SdmGoal sdmGoal;

    public Boolean messengerSpecific;

    @Schema(required = true)
    @NotNull
    public MeasureStatus status;

    @Schema(example = "MDM-Richtlinie v3, Screenshot der Konfiguration")
    @Size(max = Lengths.TEXT)
    public String evidence;

    /** The request that would store the measure as it is, for editing it on a screen. */
    public static MeasureRequest from(Measure measure) {
        return copy(measure, new MeasureRequest());
    }

    private static MeasureRequest copy(Measure m, MeasureRequest r) {
        r.catalogueMeasureId = m.getCatalogueMeasure() == null ? null : m.getCatalogueMeasure().getId();
        r.title = m.getTitle();
        r.description = m.getDescription();
        r.kind = m.getKind();
        r.art32Letter = m.getArt32Letter();
        r.sdmGoal = m.getSdmGoal();
        r.messengerSpecific = m.isMessengerSpecific();
        r.status = m.getStatus();
        r.evidence = m.getEvidence();
        return r;
    }

    /** Copies the plain fields; the service resolves the links. */
    void applyTo(Measure measure) {
        measure.setTitle(title);
        measure.setDescription(description);
        if (kind != null) {
            measure.setKind(kind); // missing: the catalogue's kind, or the one recorded (a new measure: security)
        }
        measure.setArt32Letter(art32Letter);
        measure.setSdmGoal(sdmGoal);
        measure.setStatus(status);
        measure.setEvidence(evidence);
        measure.setMessengerSpecific(Boolean.TRUE.equals(messengerSpecific));
    }
}
