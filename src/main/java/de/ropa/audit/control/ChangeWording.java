package de.ropa.audit.control;

import de.ropa.platform.entity.ObjectKind;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recorded change in the words of the screens: the field's label instead of its path ("Zweck 1 › Rechtsgrundlage"
 * for {@code purposes[0].legalBasis}), an enum value's label instead of its constant, "Ja"/"Nein", a date as the
 * language writes it, and a linked object's name instead of its id. What it cannot word stays as recorded.
 */
public final class ChangeWording {

    public static final String BUNDLE = "de.ropa.platform.i18n.messages";
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9]+)(?:\\[(\\d+)])?");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** Fields that hold the id of another object, and that object's kind. */
    private static final Map<String, ObjectKind> LINKS = Map.of("channelIds", ObjectKind.CHANNEL, "measureIds",
            ObjectKind.MEASURE, "transferIds", ObjectKind.TRANSFER, "processorId", ObjectKind.PROCESSOR, "mainProcessorId",
            ObjectKind.PROCESSOR, "serviceId", ObjectKind.MESSENGER_SERVICE, "serviceIds", ObjectKind.MESSENGER_SERVICE,
            "catalogueMeasureId", ObjectKind.CATALOGUE_MEASURE, "channelId", ObjectKind.CHANNEL);

    private final ResourceBundle texts;
    private final Locale locale;
    private final ObjectKind kind;
    private final BiFunction<ObjectKind, String, Optional<String>> names;
    private final Map<String, List<String>> enumsByConstant;

    /**
     * @param kind  the kind of object whose snapshot changed (tells ActivityStatus from ChannelStatus)
     * @param names the name of a linked object of a kind by its id, if known
     */
    public ChangeWording(Locale locale, ObjectKind kind, BiFunction<ObjectKind, String, Optional<String>> names) {
        this.texts = ResourceBundle.getBundle(BUNDLE, locale);
        this.locale = locale;
        this.kind = kind;
        this.names = names;
        this.enumsByConstant = enumsByConstant(texts);
    }

    /** "purposes[0].legalBasis" → "Zweck 1 › Rechtsgrundlage"; a list of plain values keeps no number. */
    public String field(String path) {
        List<String> words = new ArrayList<>();
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length; i++) {
            Matcher segment = SEGMENT.matcher(segments[i]);
            if (!segment.matches()) {
                words.add(segments[i]);
                continue;
            }
            String name = segment.group(1);
            boolean listOfObjects = segment.group(2) != null && i < segments.length - 1;
            if (listOfObjects) {
                words.add(text("field." + name + ".item", name) + " " + (Integer.parseInt(segment.group(2)) + 1));
            } else {
                words.add(text("field." + name, name));
            }
        }
        return String.join(" › ", words);
    }

    /** A recorded value as the screens show it; null stays null. */
    public String value(String path, String value) {
        if (value == null) {
            return null;
        }
        String field = leaf(path);
        ObjectKind linked = LINKS.get(field);
        if (linked != null) {
            return names.apply(linked, value).orElse("#" + value);
        }
        if ("true".equals(value) || "false".equals(value)) {
            return text("true".equals(value) ? "common.yes" : "common.no", value);
        }
        if (ISO_DAY.matcher(value).matches()) {
            try {
                return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        Optional<String> single = enumLabel(parent(path) + field, field, value);
        if (single.isPresent() || !value.contains(", ")) {
            return single.orElse(value);
        }
        // a list of enum values as the findings' evidence writes it: "COMPANY_PHONE, PRIVATE_PHONE"
        List<String> labels = new ArrayList<>();
        for (String part : value.split(", ")) {
            Optional<String> label = enumLabel(parent(path) + field, field, part);
            if (label.isEmpty()) {
                return value;
            }
            labels.add(label.get());
        }
        return String.join(", ", labels);
    }

    /**
     * The label of the enum constant {@code value} of the field, when the constant names one enum the field can hold:
     * the enum named like the field, like its list entry and the field ("recipients[0].kind": RecipientKind), like the
     * object's kind and the field (an activity's status: ActivityStatus), or ending in the field's name.
     */
    Optional<String> enumLabel(String qualified, String field, String value) {
        List<String> enums = enumsByConstant.getOrDefault(value, List.of());
        if (enums.isEmpty()) {
            return Optional.empty();
        }
        String chosen = enums.size() == 1 ? enums.get(0) : enums.stream()
                .filter(e -> e.equalsIgnoreCase(field)).findFirst()
                .or(() -> enums.stream().filter(e -> e.equalsIgnoreCase(qualified)).findFirst())
                .or(() -> enums.stream().filter(e -> e.equalsIgnoreCase(kindPrefix() + field)).findFirst())
                .or(() -> enums.stream().filter(e -> e.toLowerCase(Locale.ROOT).endsWith(field.toLowerCase(Locale.ROOT))).findFirst())
                .orElse(null);
        if (chosen == null) {
            long labels = enums.stream().map(e -> texts.getString(e + "." + value)).distinct().count();
            chosen = labels == 1 ? enums.get(0) : null;
        }
        return chosen == null ? Optional.empty() : Optional.of(texts.getString(chosen + "." + value));
    }

    private String kindPrefix() {
        String name = kind == null ? "" : kind.name();
        return name.isEmpty() ? "" : name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT).replace("_", "");
    }

    /** The list entry a field belongs to, in the singular: "recipients[0].kind" → "recipient". */
    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        String parent = leaf(path.substring(0, dot));
        return parent.endsWith("s") ? parent.substring(0, parent.length() - 1) : parent;
    }

    private static String leaf(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }

    private String text(String key, String fallback) {
        return texts.containsKey(key) ? texts.getString(key) : fallback;
    }

    /** Enum labels are keyed "LegalBasis.B_CONTRACT": every enum (simple name) per constant. */
    private static Map<String, List<String>> enumsByConstant(ResourceBundle texts) {
        Map<String, List<String>> index = new HashMap<>();
        for (String key : texts.keySet()) {
            int dot = key.indexOf('.');
            if (dot > 0 && Character.isUpperCase(key.charAt(0)) && key.indexOf('.', dot + 1) < 0) {
                index.computeIfAbsent(key.substring(dot + 1), k -> new ArrayList<>()).add(key.substring(0, dot));
            }
        }
        index.values().forEach(list -> list.sort(null));
        return index;
    }
}
