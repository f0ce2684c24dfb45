package de.ropa.platform.faces;

import de.ropa.platform.control.ConflictException;
import de.ropa.platform.control.ForbiddenException;
import de.ropa.platform.control.InvalidFieldException.FieldProblem;
import de.ropa.platform.control.InvalidFieldException;
import de.ropa.platform.control.NotFoundException;
import de.ropa.platform.control.StaleVersionException;
import de.ropa.platform.i18n.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns the register's answers into messages on a form: each field problem beside its field (the
 * input's id is the field name; list entries are {@code list:index:field}), a lost optimistic-lock race
 * and other refusals at the top. What the user typed stays in the form.
 */
@ApplicationScoped
public class FormErrors {

    /** What an attempt ended in. */
    public enum Outcome { SAVED, INVALID, STALE, REFUSED }

    @Inject
    ValidatorFactory validators;

    /**
     * Validates the request as the service will, with messages in the page's language, then runs the
     * change; answers how it went and has put the messages on the form.
     */
    public <T> Outcome attempt(String formId, Object request, Supplier<T> change) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = Labels.locale();
        Set<ConstraintViolation<Object>> violations = request == null ? Set.of() : validator(locale).validate(request);
        if (!violations.isEmpty()) {
            violations.forEach(v -> field(faces, formId, v.getPropertyPath().toString(), v.getMessage()));
            return Outcome.INVALID;
        }
        try {
            change.get();
            return Outcome.SAVED;
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> field(faces, formId, v.getPropertyPath().toString(), Text.of(v).render(locale)));
            return Outcome.INVALID;
        } catch (InvalidFieldException e) {
            for (FieldProblem problem : e.problems()) {
                field(faces, formId, problem.field(), problem.text().render(locale));
            }
            return Outcome.INVALID;
        } catch (StaleVersionException | OptimisticLockException e) {
            global(faces, FacesMessage.SEVERITY_WARN, text(faces, "form.stale"), text(faces, "form.stale.detail"));
            return Outcome.STALE;
        } catch (ForbiddenException e) {
            global(faces, FacesMessage.SEVERITY_ERROR, text(faces, "form.forbidden"), null);
            return Outcome.REFUSED;
        } catch (NotFoundException | ConflictException e) {
            global(faces, FacesMessage.SEVERITY_ERROR, text(faces, "form.refused"), e.text().render(locale));
            return Outcome.REFUSED;
        }
    }

    /** A change without a request to validate first, e.g. revoking a token. */
    public <T> Outcome attempt(String formId, Supplier<T> change) {
        return attempt(formId, null, change);
    }

    /** A warning at the top of the page: the change was not made, and why. */
    public void refused(String summary) {
        global(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_WARN, summary, null);
    }

    /** A confirmation at the top of the page that survives a redirect. */
    public void saved(String summary) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        global(faces, FacesMessage.SEVERITY_INFO, summary, null);
    }

    private jakarta.validation.Validator validator(Locale locale) {
        MessageInterpolator base = validators.getMessageInterpolator();
        return validators.usingContext().messageInterpolator(new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return base.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale chosen) {
                return base.interpolate(template, context, chosen);
            }
        }).getValidator();
    }

    private static void field(FacesContext faces, String formId, String path, String message) {
        String clientId = clientId(formId, path);
        // invokeOnComponent understands row indexes of tables, findComponent does not
        boolean found = faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> { });
        if (found) {
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
            faces.validationFailed();
        } else {
            global(faces, FacesMessage.SEVERITY_ERROR, path + ": " + message, null);
        }
    }

    private static void global(FacesContext faces, FacesMessage.Severity severity, String summary, String detail) {
        // an empty detail, not null: a null detail repeats the summary
        faces.addMessage(null, new FacesMessage(severity, summary, detail == null ? "" : detail));
        if (severity != FacesMessage.SEVERITY_INFO) {
            faces.validationFailed();
        }
    }

    static String text(FacesContext faces, String key) {
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        return bundle.getString(key);
    }

    /** The client id of a field's input: "purposes[0].description" in form "f" is "f:purposes:0:description". */
    static String clientId(String formId, String path) {
        return formId + ":" + path.replaceAll("\\[(\\d+)]\\.?", ":$1:").replace('.', ':').replaceAll(":$", "");
    }
}
