package de.ropa.platform.problem;

import de.ropa.platform.i18n.Languages;
import de.ropa.platform.i18n.Text;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Error answers the container produces itself (401 of the security layer, 404 outside JAX-RS): problem
 * details under the API, a plain page elsewhere. Mapped as error page in web.xml, because some
 * containers replace a body written before {@code sendError}.
 */
@WebServlet("/error-page")
public class ErrorPageServlet extends HttpServlet {

    /** A request attribute with a more precise detail (a {@link Text}) than the status's own, set by whoever refused the request. */
    public static final String DETAIL = "de.ropa.problem.detail";
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : response.getStatus();
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(ProblemJson.write(Problem.of(Response.Status.fromStatusCode(status) == null
                    ? Response.Status.INTERNAL_SERVER_ERROR : Response.Status.fromStatusCode(status),
                    request.getAttribute(DETAIL) instanceof Text detail ? detail.render(Languages.of(request))
                            : detail(status, Languages.of(request)),
                    instance(uri))));
        } else {
            Locale language = Languages.of(request);
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                    + "<title>" + status + "</title></head><body><h1>" + status + "</h1><p>" + detail(status, language)
                    + "</p><p><a href=\""
                    + request.getContextPath() + "/\">Zur Startseite / To the start page</a></p></body></html>");
        }
    }

    private static String detail(int status, Locale locale) {
        String key = switch (status) {
            case 400, 401, 403, 404, 405, 411, 413, 415 -> "page." + status;
            default -> "page.other";
        };
        return Text.of(key).render(locale);
    }

    private static URI instance(String uri) {
        try {
            return new URI(uri);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
