package de.ropa.platform.boundary;

import de.ropa.platform.i18n.Text;
import de.ropa.platform.problem.ErrorPageServlet;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses request bodies over their {@link BodyLimits limit} before anything reads them (413). A body without
 * a declared length is refused on the screens (411: browsers always declare it) and counted by the JSON
 * guard under the API.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class BodyLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = BodyLimits.of(path, request.getUserPrincipal() != null, request::isUserInRole);
        long length = request.getContentLengthLong();
        if (length > limit) {
            request.setAttribute(ErrorPageServlet.DETAIL, Text.of("body.tooLarge", BodyLimits.describe(limit)));
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (chunked && !path.startsWith("/api/")) {
            request.setAttribute(ErrorPageServlet.DETAIL, Text.of("body.lengthRequired"));
            response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED);
            return;
        }
        chain.doFilter(request, response);
    }
}
