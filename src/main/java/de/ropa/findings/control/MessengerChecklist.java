package de.ropa.findings.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The messenger measures of the checklist (src/docs/domain.md, section 8) (label key) and the rule that watches each: a channel meets
 * a measure while that rule raises nothing for it. Shown on the channel page and in the channel datasheet.
 */
public final class MessengerChecklist {

    public static final Map<String, String> ITEMS = items();

    private MessengerChecklist() {
    }

    private static Map<String, String> items() {
        Map<String, String> items = new LinkedHashMap<>();
        items.put("checklist.contactSync", "CH-CONTACT-SYNC");
        items.put("checklist.devices", "CH-PRIVATE-DEVICE");
        items.put("checklist.backup", "CH-UNENCRYPTED-BACKUP");
        items.put("checklist.art13", "CH-NO-ART13");
        items.put("checklist.imprint", "CH-NO-IMPRINT");
        items.put("checklist.consent", "CH-CONSENT-NOT-RECORDED");
        items.put("checklist.privacyNotice", "CH-NOT-IN-PRIVACY-NOTICE");
        items.put("checklist.specialCategories", "CH-SPECIAL-CATEGORIES");
        return Collections.unmodifiableMap(items);
    }
}
