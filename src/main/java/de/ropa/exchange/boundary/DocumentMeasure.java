package de.ropa.exchange.boundary;

import de.ropa.catalogue.entity.Art32Letter;
import de.ropa.catalogue.entity.MeasureKind;
import de.ropa.catalogue.entity.SdmGoal;
import de.ropa.measures.boundary.MeasureRequest;
import de.ropa.measures.entity.Measure;
import de.ropa.measures.entity.MeasureStatus;
import de.ropa.platform.entity.Lengths;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A technical or organisational measure in the register document; a catalogue measure by its code. */
@Schema(name = "RegisterDocumentMeasure")
@JsonbPropertyOrder({"key", "title", "catalogueCode"})
public class DocumentMeasure {

    @Size(max = Lengths.NAME)

    public String key;

    @Schema(description = "Required unless taken from the catalogue")
    @Size(max = Lengths.NAME)
    public String title;

    @Schema(description = "The catalogue measure this one adopts", example = "contact-sync-disabled")
    @Size(max = Lengths.CODE)
    public String catalogueCode;

    @Size(max = Lengths.TEXT)
    public String description;

    @Schema(description = "Since format version 4; earlier documents take the catalogue measure's kind, else SECURITY")
    public MeasureKind kind;

    public Art32Letter art32Letter;

    public SdmGoal sdmGoal;

    public Boolean messengerSpecific;

    @NotNull
    public MeasureStatus status;

    @Size(max = Lengths.TEXT)
    public String evidence;

    static DocumentMeasure of(Measure m, DocumentKeys keys) {
        DocumentMeasure d = new DocumentMeasure();
        d.key = keys.key(m);
        d.title = m.getTitle();
        d.catalogueCode = m.getCatalogueMeasure() == null ? null : m.getCatalogueMeasure().getCode();
        d.description = m.getDescription();
        d.kind = m.getKind();
        d.art32Letter = m.getArt32Letter();
        d.sdmGoal = m.getSdmGoal();
        d.messengerSpecific = m.isMessengerSpecific();
        d.status = m.getStatus();
        d.evidence = m.getEvidence();
        return d;
    }

    MeasureRequest toRequest(Long catalogueMeasureId) {
        MeasureRequest r = new MeasureRequest();
        r.catalogueMeasureId = catalogueMeasureId;
        r.title = title;
        r.description = description;
        r.kind = kind;
        r.art32Letter = art32Letter;
        r.sdmGoal = sdmGoal;
        r.messengerSpecific = messengerSpecific;
        r.status = status;
        r.evidence = evidence;
        return r;
    }
}
