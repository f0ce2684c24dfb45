package de.ropa.platform.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** German and English labels of the register's enum values, for screens and reports. */
public final class EnumLabels {

    static final String BUNDLE = "de.ropa.platform.i18n.messages";

    private EnumLabels() {
    }

    public static String label(Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        Locale language = Languages.supported(locale);
        try {
            return ResourceBundle.getBundle(BUNDLE, language).getString(key(value));
        } catch (MissingResourceException e) {
            return value.name();
        }
    }

    static String key(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
