package de.ropa.activities.entity;

import de.ropa.platform.entity.Lengths;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A category of personal data, whether it is a special category (Art. 9), and when it is erased (Art. 30(1)(f)). */
@Embeddable
public class DataCategory {

    @Column(name = "name", length = Lengths.NAME, nullable = false)
    private String name;

    @Column(name = "special_category", nullable = false)
    private boolean specialCategory;

    @Column(name = "erasure_period", length = Lengths.SHORT_TEXT)
    private String erasurePeriod;

    protected DataCategory() {
    }

    public DataCategory(String name, boolean specialCategory, String erasurePeriod) {
        this.name = name;
        this.specialCategory = specialCategory;
        this.erasurePeriod = erasurePeriod;
    }

    public String getName() {
        return name;
    }

    public boolean isSpecialCategory() {
        return specialCategory;
    }

    public String getErasurePeriod() {
        return erasurePeriod;
    }
}
