package de.ropa.platform.control;

import java.util.List;

/** Input that is well-formed but breaks a rule only the service can check (e.g. a link to an unknown id). */
public class InvalidFieldException extends RegisterException {

    private static final long serialVersionUID = 1L;
    private final List<FieldProblem> problems;

    public InvalidFieldException(List<FieldProblem> problems) {
        super(problems.size() == 1 ? problems.get(0).field() + " " + problems.get(0).message()
                : problems.size() + " fields are invalid");
        this.problems = List.copyOf(problems);
    }

    public InvalidFieldException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One rejected field and why. */
    public record FieldProblem(String field, String message) {
    }
}
