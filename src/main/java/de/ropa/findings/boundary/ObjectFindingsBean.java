package de.ropa.findings.boundary;

import de.ropa.findings.control.MessengerChecklist;
import de.ropa.findings.control.RuleTexts;
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

    /** A channel's messenger checklist: each row met, not applicable, an accepted risk, open, or still to find out. */
    public List<MessengerChecklist.Row> checklist(Long channelId) {
        return channelId == null ? List.of() : findings.checklist(organisation.require(), channelId);
    }

    /** The title of the rule a finding id names ("CH-CONSUMER-APP.7"), in the page's language. */
    public String title(String findingId) {
        int dot = findingId.lastIndexOf('.');
        String rule = dot < 0 ? findingId : findingId.substring(0, dot);
        return RuleTexts.of(rule, FacesContext.getCurrentInstance().getViewRoot().getLocale()).title();
    }
}
