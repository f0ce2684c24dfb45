package de.ropa.platform.i18n;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A message by key with its arguments, written in the reader's language only when it is shown: a service's
 * refusal or a field problem travels as a key, the screens render it in the session's language and the API in the
 * request's ({@code lang}, Accept-Language, German by default). Texts: {@code de/ropa/platform/i18n/problems_*.properties}.
 */
public interface Text extends Serializable {

    /** The stable, machine-readable name of the message (a bundle key, or the violated constraint's name). */
    String key();

    String render(Locale locale);

    /** English, for logs and exception messages. */
    default String english() {
        return render(Locale.ENGLISH);
    }

    static Text of(String key, Object... args) {
        return new Keyed(key, Arrays.asList(args));
    }

    /** A Bean Validation violation, re-interpolated in the reader's language. */
    static Text of(ConstraintViolation<?> violation) {
        return new Violation(violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                violation.getMessageTemplate(), violation.getMessage(), violation.getConstraintDescriptor(),
                violation.getInvalidValue());
    }

    /** A text of the problems bundle. Enum arguments show as their labels, collections as comma-separated lists. */
    record Keyed(String key, List<Object> args) implements Text {

        static final String BUNDLE = "de.ropa.platform.i18n.problems";

        @Override
        public String render(Locale locale) {
            Locale language = Languages.supported(locale);
            String pattern;
            try {
                pattern = ResourceBundle.getBundle(BUNDLE, language).getString(key);
            } catch (MissingResourceException e) {
                return key + " " + args;
            }
            return new MessageFormat(pattern, language).format(args.stream().map(a -> shown(a, language)).toArray());
        }

        private static Object shown(Object arg, Locale language) {
            if (arg instanceof Text text) {
                return text.render(language);
            }
            if (arg instanceof Enum<?> value) {
                return EnumLabels.label(value, language);
            }
            if (arg instanceof Collection<?> values) {
                return values.stream().map(v -> String.valueOf(shown(v, language))).collect(Collectors.joining(", "));
            }
            return arg == null ? "" : String.valueOf(arg);
        }
    }

    /** A constraint violation's message; rendered again with the reader's locale (as rendered when not serialisable). */
    final class Violation implements Text {

        private static final long serialVersionUID = 1L;
        private final String key;
        private final String template;
        private final String rendered;
        private final transient ConstraintDescriptor<?> descriptor;
        private final transient Object invalidValue;

        Violation(String key, String template, String rendered, ConstraintDescriptor<?> descriptor, Object invalidValue) {
            this.key = key;
            this.template = template;
            this.rendered = rendered;
            this.descriptor = descriptor;
            this.invalidValue = invalidValue;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public String render(Locale locale) {
            if (descriptor == null) {
                return rendered;
            }
            try {
                return Interpolation.INTERPOLATOR.interpolate(template, new MessageInterpolator.Context() {
                    @Override
                    public ConstraintDescriptor<?> getConstraintDescriptor() {
                        return descriptor;
                    }

                    @Override
                    public Object getValidatedValue() {
                        return invalidValue;
                    }

                    @Override
                    public <T> T unwrap(Class<T> type) {
                        throw new ValidationException("not supported: " + type);
                    }
                }, Languages.supported(locale));
            } catch (RuntimeException cannotRenderAgain) {
                return rendered;
            }
        }
    }

    /** The server's message interpolator, built once. */
    final class Interpolation {
        static final MessageInterpolator INTERPOLATOR = Validation.buildDefaultValidatorFactory().getMessageInterpolator();

        private Interpolation() {
        }
    }
}
