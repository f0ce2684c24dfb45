package de.ropa.activities.boundary;

import de.ropa.activities.boundary.ActivityEntries.DataCategoryEntry;
import de.ropa.activities.boundary.ActivityEntries.PurposeEntry;
import de.ropa.activities.boundary.ActivityEntries.RecipientEntry;
import de.ropa.activities.entity.ActivityStatus;
import de.ropa.activities.entity.ProcessingActivity;
import de.ropa.activities.entity.RecordType;
import de.ropa.channels.boundary.ChannelService;
import de.ropa.findings.entity.ObjectKind;
import de.ropa.measures.boundary.MeasureService;
import de.ropa.platform.faces.RegisterEditBean;
import de.ropa.platform.paging.PageRequest;
import de.ropa.processors.boundary.ProcessorService;
import de.ropa.transfers.boundary.TransferService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page of one processing activity: every Art. 30 field, purposes with their legal bases, data
 * categories with erasure periods, recipients, and the channels, measures and transfers it uses, chosen
 * from pickers; its findings beside it.
 */
@Named
@ViewScoped
public class ActivityEditBean extends RegisterEditBean<ProcessingActivity, ActivityRequest> {

    private static final long serialVersionUID = 1L;

    @Inject
    ActivityService activities;

    @Inject
    ChannelService channels;

    @Inject
    MeasureService measures;

    @Inject
    TransferService transfers;

    @Inject
    ProcessorService processors;

    @Override
    protected ProcessingActivity find(long orgId, long id) {
        return activities.find(orgId, id);
    }

    @Override
    protected ActivityRequest newRequest() {
        ActivityRequest request = new ActivityRequest();
        request.recordType = RecordType.CONTROLLER;
        request.status = ActivityStatus.DRAFT;
        request.purposes.add(new PurposeEntry());
        request.dataCategories.add(new DataCategoryEntry());
        return request;
    }

    @Override
    protected ActivityRequest requestOf(ProcessingActivity activity) {
        return ActivityRequest.from(activity);
    }

    @Override
    protected ProcessingActivity create(long orgId, ActivityRequest request) {
        return activities.create(orgId, request);
    }

    @Override
    protected ProcessingActivity update(long orgId, long id, long version, ActivityRequest request) {
        return activities.update(orgId, id, version, request);
    }

    @Override
    protected void delete(long orgId, long id, long version) {
        activities.delete(orgId, id, version);
    }

    @Override
    protected String page() {
        return "/activities/activity";
    }

    @Override
    protected ObjectKind kind() {
        return ObjectKind.ACTIVITY;
    }

    @Override
    protected String savedKey() {
        return "activity.saved";
    }

    @Override
    public String getFormId() {
        return "activityForm";
    }

    public void addPurpose() {
        getRequest().purposes.add(new PurposeEntry());
    }

    public void removePurpose(int index) {
        getRequest().purposes.remove(index);
    }

    public void addDataCategory() {
        getRequest().dataCategories.add(new DataCategoryEntry());
    }

    public void removeDataCategory(int index) {
        getRequest().dataCategories.remove(index);
    }

    public void addRecipient() {
        getRequest().recipients.add(new RecipientEntry());
    }

    public void removeRecipient(int index) {
        getRequest().recipients.remove(index);
    }

    public Map<Long, String> getChannelOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        channels.list(organisation.require(), all(), null, "name", null, null).items()
                .forEach(c -> options.put(c.getId(), c.getName() + " (" + c.getService().getName() + ")"));
        return options;
    }

    public Map<Long, String> getMeasureOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        measures.list(organisation.require(), all(), null, "title", null).items().forEach(m -> options.put(m.getId(), m.getTitle()));
        return options;
    }

    public Map<Long, String> getTransferOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        transfers.list(organisation.require(), all(), null, null, null, null).items()
                .forEach(t -> options.put(t.getId(), t.getRecipient() + " (" + t.getCountry() + ")"));
        return options;
    }

    public Map<Long, String> getProcessorOptions() {
        Map<Long, String> options = new LinkedHashMap<>();
        processors.list(organisation.require(), all(), null, "name", null).items().forEach(p -> options.put(p.getId(), p.getName()));
        return options;
    }

    private static PageRequest all() {
        return new PageRequest(0, PageRequest.MAX_SIZE);
    }
}
