package de.ropa.platform.problem;

import de.ropa.platform.i18n.Text;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Bean Validation failures on request records (or entities) as 400 with one entry per rejected field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Locale locale = ProblemResponses.language(uriInfo, headers);
        List<Problem.FieldError> errors = fieldErrors(exception, locale);
        String detail = errors.size() == 1
                ? Text.of("problem.field", errors.get(0).field(), errors.get(0).message()).render(locale)
                : Text.of("problem.fields", errors.size()).render(locale);
        return Problem.of(ProblemTypes.VALIDATION, "Invalid input", Response.Status.BAD_REQUEST, detail,
                        ProblemResponses.instance(uriInfo))
                .withErrors(errors)
                .toResponse();
    }

    static List<Problem.FieldError> fieldErrors(ConstraintViolationException exception, Locale locale) {
        return exception.getConstraintViolations().stream()
                .map(violation -> {
                    Text text = Text.of(violation);
                    return new Problem.FieldError(fieldOf(violation), text.render(locale), text.key());
                })
                .distinct()
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
    }

    /**
     * The JSON path of the violated property: for a resource method parameter, the part after the
     * parameter ({@code create.request.purposes[0].legalBasis} becomes {@code purposes[0].legalBasis});
     * a query or path parameter is named by itself.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameterName = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                field.setLength(0);
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameterName = node.getName();
                field.setLength(0);
                continue;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && field.length() > 0) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.length() == 0) {
            return parameterName == null ? "(request)" : parameterName;
        }
        return field.toString();
    }
}
