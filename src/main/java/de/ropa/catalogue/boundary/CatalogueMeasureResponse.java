package de.ropa.catalogue.boundary;

import de.ropa.catalogue.entity.Art32Letter;
import de.ropa.catalogue.entity.CatalogueMeasure;
import de.ropa.catalogue.entity.MeasureKind;
import de.ropa.catalogue.entity.SdmGoal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure of the TOM catalogue as the API shows it. */
@Schema(name = "CatalogueMeasure")
public record CatalogueMeasureResponse(long id, long version, String code, String titleDe, String titleEn,
                                       String descriptionDe, String descriptionEn, MeasureKind kind, Art32Letter art32Letter,
                                       SdmGoal sdmGoal, boolean messengerSpecific) implements java.io.Serializable {

    public static CatalogueMeasureResponse from(CatalogueMeasure m) {
        return new CatalogueMeasureResponse(m.getId(), m.getVersion(), m.getCode(), m.getTitleDe(), m.getTitleEn(),
                m.getDescriptionDe(), m.getDescriptionEn(), m.getKind(), m.getArt32Letter(), m.getSdmGoal(), m.isMessengerSpecific());
    }
}
