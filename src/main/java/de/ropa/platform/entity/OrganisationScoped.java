package de.ropa.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A register object that belongs to one organisation; no one outside it may see that it exists. */
@MappedSuperclass
public abstract class OrganisationScoped extends Tracked {

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
