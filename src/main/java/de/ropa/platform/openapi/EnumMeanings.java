package de.ropa.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * What each enum value means, from the labels the screens and reports show (English, with the German label the DPO
 * sees): in the enum's description and as {@code x-enum-descriptions}, which client generators turn into comments.
 */
final class EnumMeanings {

    private static final String LABELS = "de.ropa.platform.i18n.messages";

    private EnumMeanings() {
    }

    static void addTo(OpenAPI openAPI) {
        ResourceBundle english = ResourceBundle.getBundle(LABELS, Locale.ENGLISH);
        ResourceBundle german = ResourceBundle.getBundle(LABELS, Locale.GERMAN);
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (schema.getEnumeration() == null || schema.getEnumeration().isEmpty()
                    || schema.getExtensions() != null && schema.getExtensions().containsKey("x-enum-descriptions")) {
                return;
            }
            List<String> meanings = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            for (Object value : schema.getEnumeration()) {
                String en = label(english, name, value);
                String de = label(german, name, value);
                meanings.add(en);
                lines.add("- `" + value + "`: " + en + (de.equals(en) ? "" : " (" + de + ")"));
            }
            String intro = schema.getDescription() == null || schema.getDescription().isBlank() ? ""
                    : schema.getDescription().strip() + "\n\n";
            schema.setDescription(intro + "Values:\n" + lines.stream().collect(Collectors.joining("\n")));
            schema.addExtension("x-enum-descriptions", meanings);
        });
    }

    private static String label(ResourceBundle labels, String enumName, Object value) {
        try {
            return labels.getString(enumName + "." + value);
        } catch (MissingResourceException unlabelled) {
            throw new IllegalStateException("The enum value " + enumName + "." + value + " has no label in " + LABELS
                    + "_" + labels.getLocale() + ".properties", unlabelled);
        }
    }
}
