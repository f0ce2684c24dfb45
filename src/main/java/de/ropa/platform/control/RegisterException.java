package de.ropa.platform.control;

/**
 * A business rule of the register said no. Each subclass stands for one HTTP answer; all of them roll
 * back the transaction they occur in.
 */
public abstract class RegisterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected RegisterException(String message) {
        super(message);
    }
}
