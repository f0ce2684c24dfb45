package de.ropa.platform.faces;

import de.ropa.platform.entity.ObjectKind;
import de.ropa.platform.i18n.EnumLabels;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Enum values and their labels in the page's language, for selections and tables: {@code #{labels.of(x)}}. */
@Named
@RequestScoped
public class Labels {

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

    public String yesNo(Boolean value) {
        return FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(FacesContext.getCurrentInstance(), "msg")
                .getString(Boolean.TRUE.equals(value) ? "common.yes" : "common.no");
    }

    /** A trail entry's action (CREATE, APPROVE …) in the page's language. */
    public String auditAction(String action) {
        return message("audit.action." + action, action);
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

    /** The page's language, e.g. "de". */
    public String language() {
        return locale().getLanguage();
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
