package de.ropa.platform.control;

import de.ropa.platform.i18n.Text;
import java.util.List;

/** Input that is well-formed but breaks a rule only the service can check (e.g. a link to an unknown id). */
public class InvalidFieldException extends RegisterException {

    private static final long serialVersionUID = 1L;
    private final List<FieldProblem> problems;

    public InvalidFieldException(List<FieldProblem> problems) {
        super(problems.size() == 1 ? Text.of("problem.field", problems.get(0).field(), problems.get(0).text())
                : Text.of("problem.fields", problems.size()));
        this.problems = List.copyOf(problems);
    }

    /** One field and a text of the problems bundle with its arguments. */
    public InvalidFieldException(String field, String key, Object... args) {
        this(List.of(new FieldProblem(field, key, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One rejected field and why. */
    public record FieldProblem(String field, Text text) implements java.io.Serializable {

        public FieldProblem(String field, String key, Object... args) {
            this(field, Text.of(key, args));
        }

        /** The same problem at another path, e.g. inside an imported document. */
        public FieldProblem at(String prefix) {
            return new FieldProblem(prefix + field, text);
        }
    }
}
