package de.ropa.platform.control;

import de.ropa.platform.i18n.Text;

/**
 * A business rule of the register said no. Each subclass stands for one HTTP answer; all of them roll
 * back the transaction they occur in. The reason is a {@link Text}: rendered in the reader's language by the
 * screens and the API; {@link #getMessage()} is English, for the log.
 */
public abstract class RegisterException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final Text text;

    protected RegisterException(Text text) {
        super(text.english());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
