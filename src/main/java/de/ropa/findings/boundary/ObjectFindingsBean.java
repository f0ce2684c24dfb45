package de.ropa.findings.boundary;

import de.ropa.findings.control.MessengerChecklist;
import de.ropa.findings.entity.FindingState;
import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.faces.CurrentOrganisation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The findings beside the objects on every screen: the open findings per row of a list, the findings of the object a
 * page shows, and a channel's messenger checklist. The screens of other components ask this bean, so that findings
 * depend on them and not the other way round. Each is computed once per request.
 */
@Named("objectFindings")
@RequestScoped
public class ObjectFindingsBean {

    /** A measure of the messenger checklist, the rule that watches it, and its state for this channel. */
    public record ChecklistItem(String key, String ruleId, FindingState finding) {
        public boolean isOk() {
            return finding == null;
        }
    }

    @Inject
    FindingService findings;

    @Inject
    CurrentOrganisation organisation;

    private final Map<ObjectKind, Map<Long, Long>> openCounts = new EnumMap<>(ObjectKind.class);
    private final Map<String, List<FindingResponse>> described = new HashMap<>();

    /** Open findings of one row's object in a list. */
    public long open(ObjectKind kind, long id) {
        return openCounts.computeIfAbsent(kind, k -> findings.openCounts(organisation.require(), k)).getOrDefault(id, 0L);
    }

    /** The findings of the object a page shows (none while it is new). */
    public List<FindingResponse> of(ObjectKind kind, Long id) {
        if (id == null) {
            return List.of();
        }
        long orgId = kind == ObjectKind.ORGANISATION ? id : organisation.require();
        return described.computeIfAbsent(kind + "/" + id, key -> findings.describe(orgId, kind, id,
                FacesContext.getCurrentInstance().getViewRoot().getLocale()));
    }

    /** A channel's messenger checklist: each measure is met while its rule raises nothing for the channel. */
    public List<ChecklistItem> checklist(Long channelId) {
        Map<String, FindingState> byRule = of(ObjectKind.CHANNEL, channelId).stream()
                .collect(Collectors.toMap(FindingResponse::ruleId, FindingResponse::state, (a, b) -> a));
        return MessengerChecklist.ITEMS.entrySet().stream()
                .map(c -> new ChecklistItem(c.getKey(), c.getValue(), byRule.get(c.getValue()))).toList();
    }
}
