package de.ropa.platform.faces;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form sent with a view state the server does not know (the session expired, the user logged in again
 * elsewhere, or someone sent a forged one) is an everyday event, not an error: it is logged in one line
 * without a stack trace, and the user gets the page again (the login page when the session is gone).
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ExpiredViewHandler.class.getName());

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            while (thrown instanceof FacesException && !(thrown instanceof ViewExpiredException) && thrown.getCause() != null) {
                thrown = thrown.getCause();
            }
            if (thrown instanceof ViewExpiredException expired) {
                events.remove();
                FacesContext faces = FacesContext.getCurrentInstance();
                ExternalContext external = faces.getExternalContext();
                LOG.info(() -> "Form with an unknown view state refused: " + expired.getViewId()
                        + (external.getUserPrincipal() == null ? " (no login)" : " (user " + external.getUserPrincipal().getName() + ")"));
                try {
                    external.redirect(external.getRequestContextPath() + (expired.getViewId() == null ? "/" : expired.getViewId()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                faces.responseComplete();
            }
        }
        getWrapped().handle();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewHandler(getWrapped().getExceptionHandler());
        }
    }
}
