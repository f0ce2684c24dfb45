package de.ropa.activities.boundary;

import de.ropa.audit.control.SnapshotDiff;
import de.ropa.organisations.boundary.OrganisationContext;
import de.ropa.platform.control.NotFoundException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** An approved version beside the current state (or another version), differences highlighted. */
@Named
@ViewScoped
public class CompareBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApprovalService approvals;

    @Inject
    OrganisationContext organisation;

    private Long id;
    private Integer version;
    private Integer with;
    private boolean onlyChanges;
    private List<SnapshotDiff.Field> fields = List.of();
    private boolean notFound;

    public void load() {
        if (id == null || version == null) {
            notFound = true;
            return;
        }
        try {
            fields = approvals.compare(organisation.require(), id, version, with);
        } catch (NotFoundException e) {
            notFound = true;
        }
    }

    public List<SnapshotDiff.Field> getShown() {
        return onlyChanges ? fields.stream().filter(SnapshotDiff.Field::changed).toList() : fields;
    }

    public long getChanges() {
        return fields.stream().filter(SnapshotDiff.Field::changed).count();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public Integer getWith() {
        return with;
    }

    public void setWith(Integer with) {
        this.with = with;
    }

    public boolean isOnlyChanges() {
        return onlyChanges;
    }

    public void setOnlyChanges(boolean onlyChanges) {
        this.onlyChanges = onlyChanges;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
