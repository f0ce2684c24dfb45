package de.ropa.organisations.entity;

import de.ropa.platform.entity.Lengths;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A controller with whom purposes and means are determined jointly (Art. 26), and the arrangement made. */
@Embeddable
public class JointController {

    @Column(name = "name", length = Lengths.NAME, nullable = false)
    private String name;

    @Column(name = "contact", length = Lengths.SHORT_TEXT)
    private String contact;

    @Column(name = "arrangement", length = Lengths.TEXT)
    private String arrangement;

    protected JointController() {
    }

    public JointController(String name, String contact, String arrangement) {
        this.name = name;
        this.contact = contact;
        this.arrangement = arrangement;
    }

    public String getName() {
        return name;
    }

    public String getContact() {
        return contact;
    }

    public String getArrangement() {
        return arrangement;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JointController that && Objects.equals(name, that.name)
                && Objects.equals(contact, that.contact) && Objects.equals(arrangement, that.arrangement);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, contact, arrangement);
    }
}
