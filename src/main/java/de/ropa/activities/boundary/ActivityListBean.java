package de.ropa.activities.boundary;

import de.ropa.platform.faces.RegisterLazyModel;
import de.ropa.platform.faces.RegisterListBean;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The list of processing activities: paged, sorted and filtered in the database. */
@Named
@ViewScoped
public class ActivityListBean extends RegisterListBean<ActivityRow> {

    private static final long serialVersionUID = 1L;

    @Inject
    ActivityService activities;

    @Override
    protected RegisterLazyModel.Loader<ActivityRow> loader(long orgId) {
        ActivityService service = activities;
        return (page, sort, f) -> service.listRows(orgId, page, f.get("q"), sort, f.get("status"), f.get("channel"));
    }

    @Override
    protected RegisterLazyModel.Key<ActivityRow> key() {
        return ActivityRow::id;
    }
}
