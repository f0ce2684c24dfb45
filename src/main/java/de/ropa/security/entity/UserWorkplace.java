package de.ropa.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The organisation a user last chose in the header's switcher. */
@Entity
@Table(name = "user_workplace")
public class UserWorkplace {

    @Id
    @Column(name = "username", length = 100)
    private String username;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "chosen_at", nullable = false)
    private LocalDateTime chosenAt;

    protected UserWorkplace() {
    }

    public UserWorkplace(String username) {
        this.username = username;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public void choose(long organisationId, LocalDateTime at) {
        this.organisationId = organisationId;
        this.chosenAt = at;
    }
}
