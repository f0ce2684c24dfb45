package de.ropa.reports.control;

import de.ropa.platform.i18n.EnumLabels;
import de.ropa.platform.i18n.Languages;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A report's words in its language: the screens' labels (one vocabulary for both), enum labels, and dates
 * and numbers the way German or British readers write them.
 */
public final class ReportTexts {

    private final Locale locale;
    private final ResourceBundle labels;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter times;
    private final DateTimeFormatter zones;
    private final ZoneId zone;

    /** Texts in this language, times in the product's default time zone (Europe/Berlin). */
    public ReportTexts(Locale requested) {
        this(requested, Languages.TIME_ZONE);
    }

    /** Texts in this language, times in the organisation's time zone. */
    public ReportTexts(Locale requested, ZoneId zone) {
        this.zone = zone;
        this.locale = Languages.supported(requested);
        this.labels = ResourceBundle.getBundle(ReportRenderer.LABELS, locale);
        Locale formats = Locale.ENGLISH.equals(locale) ? Locale.UK : Locale.GERMANY;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(formats);
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(formats);
        this.zones = DateTimeFormatter.ofPattern("zzz", formats);
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    public String label(String key) {
        return labels.getString(key);
    }

    public String label(String key, Object... arguments) {
        return new MessageFormat(labels.getString(key), locale).format(arguments);
    }

    public String of(Enum<?> value) {
        return value == null ? null : EnumLabels.label(value, locale);
    }

    public String yesNo(boolean value) {
        return label(value ? "common.yes" : "common.no");
    }

    public String date(LocalDate date) {
        return date == null ? null : dates.format(date);
    }

    /** The day a moment the register stores (UTC) fell on in the readers' time zone. */
    public String date(LocalDateTime utc) {
        return utc == null ? null : dates.format(utc.atZone(ZoneOffset.UTC).withZoneSameInstant(zone));
    }

    /** A time the register stores (UTC), shown in the readers' time zone. */
    public String dateTime(LocalDateTime utc) {
        return utc == null ? null : dateTime(utc.atZone(ZoneOffset.UTC));
    }

    /** A moment in the readers' time zone, with the zone's short name ("30.11.2026, 14:05 MEZ"). */
    public String dateTime(ZonedDateTime time) {
        ZonedDateTime local = time.withZoneSameInstant(zone);
        return times.format(local) + " " + zones.format(local);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH.equals(locale) ? Locale.UK : Locale.GERMANY).format(value);
    }

    /** One value per line, empty ones left out; null when nothing remains. */
    public static String lines(Collection<String> values) {
        String joined = values.stream().filter(Objects::nonNull).filter(v -> !v.isBlank()).collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }

    /** Values joined on one line, empty ones left out; null when nothing remains. */
    public static String joined(String separator, String... values) {
        String joined = java.util.Arrays.stream(values).filter(Objects::nonNull).filter(v -> !v.isBlank())
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }
}
