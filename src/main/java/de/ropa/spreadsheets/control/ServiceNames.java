package de.ropa.spreadsheets.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Messenger services named in a cell ("WhatsApp", "MS Teams", "Threema Work"), as catalogue codes. The longest name
 * wins ("WhatsApp Business" is not "WhatsApp"); names that are also everyday words (Element, Matrix, Wire, Zoom, SMS)
 * count only in a column that names channels.
 */
public final class ServiceNames {

    /** Other names people give the catalogue's services, by code. */
    private static final Map<String, List<String>> ALIASES = Map.of(
            "microsoft-teams", List.of("MS Teams", "Teams"),
            "whatsapp-business-platform", List.of("WhatsApp Business API", "WhatsApp Cloud API"),
            "webex", List.of("Webex", "Cisco Webex"),
            "zoom-team-chat", List.of("Zoom"),
            "messenger-instagram", List.of("Facebook Messenger", "Instagram"),
            "ginlo", List.of("ginlo"),
            "element-matrix", List.of("Matrix"));
    private static final Set<String> EVERYDAY_WORDS = Set.of("element", "matrix", "wire", "zoom", "sms", "teams", "signal",
            "instagram", "facebook messenger", "webex");

    private record Name(Pattern pattern, String code, int length, boolean everyday) {
    }

    private final List<Name> names = new ArrayList<>();

    /** @param catalogue the catalogue's services: code → name */
    public ServiceNames(Map<String, String> catalogue) {
        catalogue.forEach((code, name) -> add(code, name));
        ALIASES.forEach((code, aliases) -> {
            if (catalogue.containsKey(code)) {
                aliases.forEach(alias -> add(code, alias));
            }
        });
        names.sort(Comparator.comparingInt(Name::length).reversed());
    }

    private void add(String code, String name) {
        String comparable = CellValues.comparable(name.replaceAll("\\s*\\(.*?\\)", ""));
        names.add(new Name(Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(comparable) + "(?![\\p{L}\\d])"), code,
                comparable.length(), EVERYDAY_WORDS.contains(comparable)));
    }

    /** The services a text names, in the order of their names' length; {@code channelColumn} admits everyday words. */
    public List<String> in(String text, boolean channelColumn) {
        String value = CellValues.comparable(text);
        Set<String> codes = new LinkedHashSet<>();
        for (Name name : names) {
            if ((channelColumn || !name.everyday()) && name.pattern().matcher(value).find()) {
                codes.add(name.code());
                value = name.pattern().matcher(value).replaceAll(" ");
            }
        }
        return List.copyOf(codes);
    }
}
