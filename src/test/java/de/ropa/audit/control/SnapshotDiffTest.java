package de.ropa.audit.control;


import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

    @Test
    void flattensNestedValuesAndMarksOnlyWhatDiffers() {
        String left = "{\"name\":\"A\",\"purposes\":[{\"legalBasis\":\"B_CONTRACT\",\"description\":\"Termine\"}],\"dpiaReasons\":null,"
                + "\"tiaDone\":false,\"channels\":[\"Signal\"]}";
        String right = "{\"name\":\"B\",\"purposes\":[{\"legalBasis\":\"B_CONTRACT\",\"description\":\"Termine\"},"
                + "{\"legalBasis\":\"A_CONSENT\",\"description\":\"Newsletter\"}],\"tiaDone\":true,\"channels\":[\"Signal\"]}";

        List<SnapshotDiff.Field> fields = SnapshotDiff.compare(left, right);

        assertEquals(List.of(
                new SnapshotDiff.Field("name", "A", "B", true),
                new SnapshotDiff.Field("purposes[0].legalBasis", "B_CONTRACT", "B_CONTRACT", false),
                new SnapshotDiff.Field("purposes[0].description", "Termine", "Termine", false),
                new SnapshotDiff.Field("tiaDone", "false", "true", true),
                new SnapshotDiff.Field("channels[0]", "Signal", "Signal", false),
                new SnapshotDiff.Field("purposes[1].legalBasis", null, "A_CONSENT", true),
                new SnapshotDiff.Field("purposes[1].description", null, "Newsletter", true)), fields);
    }

    @Test
    void aMissingSideIsEmpty() {
        assertEquals(List.of(new SnapshotDiff.Field("name", null, "Neu", true)), SnapshotDiff.compare(null, "{\"name\":\"Neu\"}"));
        assertEquals(List.of(new SnapshotDiff.Field("name", "Weg", null, true)), SnapshotDiff.compare("{\"name\":\"Weg\"}", null));
    }
}
