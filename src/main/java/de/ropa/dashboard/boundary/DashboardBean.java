package de.ropa.dashboard.boundary;

import de.ropa.findings.boundary.FindingFilter;
import de.ropa.findings.boundary.FindingService;
import de.ropa.findings.boundary.FindingSummary;
import de.ropa.findings.boundary.FindingView;
import de.ropa.findings.entity.FindingState;
import de.ropa.findings.entity.Severity;
import de.ropa.organisations.boundary.OrganisationContext;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.faces.Labels;
import de.ropa.platform.paging.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/** The dashboard of the current organisation: counts, findings by severity as a chart, channels by risk, what falls due. */
@Named
@ViewScoped
public class DashboardBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DUE_DAYS = 90;

    /** A channel and its open findings by severity. */
    public record ChannelRisk(long id, String name, long high, long medium, long low) implements Serializable {
    }

    @Inject
    DashboardService dashboard;

    @Inject
    FindingService findings;

    @Inject
    OrganisationContext organisation;

    @Inject
    Labels labels;

    private DashboardService.Counts counts;
    private FindingSummary summary;
    private List<ChannelRisk> channelRisks;
    private List<DashboardService.DueItem> due;

    @PostConstruct
    void load() {
        Long orgId = organisation.getCurrentId();
        if (orgId == null) {
            return;
        }
        counts = dashboard.counts(orgId);
        summary = findings.list(orgId, FindingFilter.NONE, new PageRequest(0, 1), null).summary();
        channelRisks = findings.ofOrganisation(orgId, "dashboard.channelRisks", DashboardBean::channelRisks);
        due = dashboard.dueWithin(orgId, DUE_DAYS);
    }

    static List<ChannelRisk> channelRisks(List<FindingView> views) {
        Map<Long, long[]> bySeverity = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (FindingView view : views) {
            if (view.state() == FindingState.OPEN && view.finding().rule().kind() == ObjectKind.CHANNEL) {
                long id = view.finding().objectId();
                names.put(id, view.finding().objectName());
                bySeverity.computeIfAbsent(id, k -> new long[Severity.values().length])[view.finding().rule().severity().ordinal()]++;
            }
        }
        return bySeverity.entrySet().stream()
                .map(e -> new ChannelRisk(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingLong(ChannelRisk::high).reversed()
                        .thenComparing(Comparator.comparingLong(ChannelRisk::medium).reversed())
                        .thenComparing(ChannelRisk::name))
                .limit(10).toList();
    }

    /** Chart.js configuration: open and accepted findings per severity, stacked. */
    public String getFindingsChart() {
        if (summary == null) {
            return "{}";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        JsonArrayBuilder labelsJson = Json.createArrayBuilder();
        JsonArrayBuilder open = Json.createArrayBuilder();
        JsonArrayBuilder accepted = Json.createArrayBuilder();
        for (Severity severity : Severity.values()) {
            labelsJson.add(labels.of(severity));
            open.add(summary.open().of(severity));
            accepted.add(summary.accepted().of(severity));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labelsJson)
                        .add("datasets", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("label", msg.getString("findings.state.open"))
                                        .add("data", open).add("backgroundColor", Json.createArrayBuilder()
                                                .add("#c53030").add("#dd6b20").add("#3b6fc4").add("#4a5568")))
                                .add(Json.createObjectBuilder().add("label", msg.getString("findings.state.accepted"))
                                        .add("data", accepted).add("backgroundColor", "#cbd5e0"))))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }

    public boolean isOrganisationChosen() {
        return counts != null;
    }

    public DashboardService.Counts getCounts() {
        return counts;
    }

    public FindingSummary getSummary() {
        return summary;
    }

    public List<ChannelRisk> getChannelRisks() {
        return channelRisks;
    }

    public List<DashboardService.DueItem> getDue() {
        return due;
    }

    public List<Severity> getSeverities() {
        return List.of(Severity.values());
    }
}
