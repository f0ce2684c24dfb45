package de.ropa.activities.boundary;

import de.ropa.audit.control.ChangeWording;
import de.ropa.organisations.boundary.OrganisationContext;
import de.ropa.platform.control.NotFoundException;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.faces.Labels;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

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
    private List<Row> fields = List.of();
    private boolean notFound;

    public void load() {
        if (id == null || version == null) {
            notFound = true;
            return;
        }
        try {
            ChangeWording wording = new ChangeWording(Labels.locale(), ObjectKind.ACTIVITY, (kind, linked) -> Optional.empty());
            fields = approvals.compare(organisation.require(), id, version, with).stream()
                    .map(f -> new Row(wording.field(f.path()), wording.value(f.path(), f.left()), wording.value(f.path(), f.right()),
                            f.changed())).toList();
        } catch (NotFoundException e) {
            notFound = true;
        }
    }

    /** One field of the two versions, labelled and valued as the screens show them. */
    public record Row(String field, String left, String right, boolean changed) implements Serializable {
    }

    public List<Row> getShown() {
        return onlyChanges ? fields.stream().filter(Row::changed).toList() : fields;
    }

    public long getChanges() {
        return fields.stream().filter(Row::changed).count();
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
