package de.ropa.platform.faces;

import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.i18n.EnumLabels;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Enum values and their labels in the page's language, for selections and tables: {@code #{labels.of(x)}}. */
@Named
@RequestScoped
public class Labels {

    @Inject
    CurrentOrganisation organisation;

    public String of(Enum<?> value) {
        return EnumLabels.label(value, locale());
    }

    /** Every value of the enum named by its simple class name in the given package, for select items. */
    public List<Enum<?>> values(String enumClass) {
        try {
            Class<?> type = Class.forName(enumClass, true, Thread.currentThread().getContextClassLoader());
            return Arrays.asList((Enum<?>[]) type.getEnumConstants());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no enum " + enumClass, e);
        }
    }

    /** What a read-only field shows for no value. */
    public static final String NONE = "–";

    /** A read-only field's text: the value, or a dash when there is none. */
    public String textOrNone(Object value) {
        return value == null || value.toString().isBlank() ? NONE : value.toString();
    }

    /** Several texts, semicolon-separated, or a dash. */
    public String textsOrNone(Collection<String> texts) {
        return texts == null || texts.isEmpty() ? NONE : String.join("; ", texts);
    }

    public String ofOrNone(Enum<?> value) {
        return value == null ? NONE : of(value);
    }

    /** Several enum values in their order, by label, comma-separated. */
    public String ofAll(Collection<? extends Enum<?>> values) {
        return values == null || values.isEmpty() ? NONE
                : values.stream().map(this::of).collect(Collectors.joining(", "));
    }

    /** The name of the chosen linked object (options: id to name). */
    public String chosen(Long id, Map<Long, String> options) {
        return id == null ? NONE : options.getOrDefault(id, NONE);
    }

    /** The names of the chosen linked objects, semicolon-separated (names may contain commas). */
    public String chosenAll(Collection<Long> ids, Map<Long, String> options) {
        return ids == null || ids.isEmpty() ? NONE
                : ids.stream().map(id -> options.getOrDefault(id, NONE)).collect(Collectors.joining("; "));
    }

    public String dateOrNone(LocalDate day) {
        return day == null ? NONE : date(day);
    }

    public String yesNo(Boolean value) {
        return FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg")
                .getString(Boolean.TRUE.equals(value) ? "common.yes" : "common.no");
    }

    /** A trail entry's action (CREATE, APPROVE …) in the page's language. */
    public String auditAction(String action) {
        return message("audit.action." + action, action);
    }

    /** The page that shows an object of this kind, e.g. "/channels/channel". */
    public String pageOf(ObjectKind kind) {
        return switch (kind) {
            case ACTIVITY -> "/activities/activity";
            case CHANNEL -> "/channels/channel";
            case PROCESSOR -> "/processors/processor";
            case TRANSFER -> "/transfers/transfer";
            case MEASURE -> "/measures/measure";
            case MESSENGER_SERVICE -> "/catalogue/service";
            case CATALOGUE_MEASURE -> "/catalogue/tom";
            default -> "/organisations/organisation";
        };
    }

    /** A trail entry's kind of object (CHANNEL, USER …) in the page's language: the kind's label. */
    public String auditKind(String kind) {
        for (ObjectKind known : ObjectKind.values()) {
            if (known.name().equals(kind)) {
                return of(known);
            }
        }
        return kind;
    }

    private static String message(String key, String fallback) {
        java.util.ResourceBundle bundle = FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg");
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    /** A day as the page's language writes it (medium style, e.g. "30.11.2026" or "30 Nov 2026"). */
    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(day);
    }

    /** A moment recorded in UTC as the page's language writes it in the organisation's time zone, e.g. "30.11.2026, 14:05". */
    public String dateTime(LocalDateTime utc) {
        return utc == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                .format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(organisation.zone()));
    }

    /** The time zones an organisation can choose: every one the API accepts, by name, Europe first. */
    public Map<String, String> timeZones() {
        return TIME_ZONES;
    }

    private static final Map<String, String> TIME_ZONES = timeZoneChoices();

    private static Map<String, String> timeZoneChoices() {
        Map<String, String> zones = new LinkedHashMap<>();
        ZoneId.getAvailableZoneIds().stream()
                .sorted(Comparator.comparing((String z) -> !z.startsWith("Europe/")).thenComparing(Comparator.naturalOrder()))
                .forEach(z -> zones.put(z, z.replace('_', ' ')));
        return java.util.Collections.unmodifiableMap(zones);
    }

    /** Today in the readers' time zone (the latest day a date picker offers for what has already happened). */
    public LocalDate today() {
        return LocalDate.now(organisation.zone());
    }

    /** How a date is typed in the page's language: 30.11.2026 in German, 30/11/2026 in English. */
    public String datePattern() {
        return "en".equals(language()) ? "dd/MM/yyyy" : "dd.MM.yyyy";
    }

    /** The page's language, e.g. "de". */
    public String language() {
        return locale().getLanguage();
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
