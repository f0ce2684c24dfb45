package de.ropa.organisations.boundary;

import de.ropa.organisations.entity.JointController;
import de.ropa.platform.entity.Lengths;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A joint controller (Art. 26) on the wire. A class rather than a record: Payara 6's OpenAPI scanner
 * fails on Bean Validation annotations that a record propagates to its constructor parameters.
 */
@Schema(name = "JointController")
public class JointControllerEntry implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Schema(example = "Handwerkskammer Musterstadt")
    @NotBlank
    @Size(max = Lengths.NAME)
    public String name;

    @Schema(example = "datenschutz@hwk-musterstadt.de")
    @Size(max = Lengths.SHORT_TEXT)
    public String contact;

    @Schema(description = "The arrangement under Art. 26(1)")
    @Size(max = Lengths.TEXT)
    public String arrangement;

    public static JointControllerEntry from(JointController controller) {
        JointControllerEntry entry = new JointControllerEntry();
        entry.name = controller.getName();
        entry.contact = controller.getContact();
        entry.arrangement = controller.getArrangement();
        return entry;
    }

    JointController toEntity() {
        return new JointController(name, contact, arrangement);
    }
}
