package de.ropa.findings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ropa.channels.entity.Audience;
import de.ropa.channels.entity.BackupMode;
import de.ropa.findings.control.MessengerChecklist.Check;
import de.ropa.findings.control.MessengerChecklist.Row;
import de.ropa.findings.entity.FindingState;
import de.ropa.findings.entity.Severity;
import de.ropa.platform.entity.Answer;
import de.ropa.platform.entity.ObjectKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The messenger checklist: a row for every HIGH channel rule, and five states a DPO tells apart. */
class MessengerChecklistTest {

    @Test
    void everyHighChannelRuleHasARow() {
        Set<String> rows = MessengerChecklist.ITEMS.stream().map(MessengerChecklist.Item::ruleId).collect(Collectors.toSet());
        Set<String> high = RuleCatalogue.ALL.stream().filter(r -> r.kind() == ObjectKind.CHANNEL && r.severity() == Severity.HIGH)
                .map(Rule::id).collect(Collectors.toSet());
        assertTrue(rows.containsAll(high), "HIGH channel rules without a row: " + high.stream().filter(r -> !rows.contains(r)).toList());
        assertTrue(rows.stream().allMatch(id -> RuleCatalogue.byId(id).isPresent()), "rows watch known rules");
    }

    @Test
    void aRowIsMetNotApplicableAcceptedOpenOrToFindOut() {
        Fixtures.Channel channel = new Fixtures.Channel();
        channel.audience = Audience.INTERNAL;
        channel.backupMode = BackupMode.UNKNOWN;
        channel.art13Information = Answer.YES;
        Map<String, Check> checks = checks(MessengerChecklist.rows(channel.build(),
                Map.of("CH-CONTACT-SYNC", FindingState.ACCEPTED, "CH-PRIVATE-DEVICE", FindingState.OPEN)));

        assertEquals(Check.ACCEPTED, checks.get("CH-CONTACT-SYNC"), "an accepted risk is not shown as met");
        assertEquals(Check.OPEN, checks.get("CH-PRIVATE-DEVICE"));
        assertEquals(Check.FIND_OUT, checks.get("CH-UNENCRYPTED-BACKUP"), "the backup is unknown");
        assertEquals(Check.MET, checks.get("CH-INTERNAL-NO-INFORMATION"), "employees are informed");
        assertEquals(Check.NOT_APPLICABLE, checks.get("CH-NO-ART13"), "an internal channel has no external contacts");
        assertEquals(Check.NOT_APPLICABLE, checks.get("CH-NO-IMPRINT"));
        assertEquals(Check.NOT_APPLICABLE, checks.get("CH-CONSUMER-APP-HEALTH-CARE"), "a company is not in health care");
        assertEquals(Check.MET, checks.get("CH-CONSUMER-APP"), "a business app");
    }

    @Test
    void anUnknownAnswerAsksOnlyWhereTheRowApplies() {
        Fixtures.Channel internal = new Fixtures.Channel();
        internal.audience = Audience.INTERNAL;
        internal.art13Information = Answer.UNKNOWN;
        internal.thirdPartyData = Answer.UNKNOWN;
        Map<String, Check> checks = checks(MessengerChecklist.rows(internal.build(), Map.of()));

        assertEquals(Check.FIND_OUT, checks.get("CH-INTERNAL-NO-INFORMATION"));
        assertEquals(Check.NOT_APPLICABLE, checks.get("CH-NO-ART13"), "no external contacts on an internal channel");
        assertEquals(Check.FIND_OUT, checks.get("CH-NO-ART14"), "whether third parties' data arrive is not known");
    }

    private static Map<String, Check> checks(List<Row> rows) {
        return rows.stream().collect(Collectors.toMap(Row::ruleId, Row::check));
    }
}
