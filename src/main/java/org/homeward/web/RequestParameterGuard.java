package org.homeward.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.homeward.problems.ProblemException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the parameters of every request (query string and posted form) before anything uses
 * them: no control characters in a name or value, and {@code page} and {@code size} — the paging
 * parameters of every list — whole numbers within {@link #MAX_PAGE} and {@link #MAX_SIZE}. A
 * parameter at fault is a 400 problem naming it; a form larger than Tomcat's limit is a 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestParameterGuard extends OncePerRequestFilter {

    /** Far beyond any real list (a million households at 20 a page is 50,000 pages), small enough that page × size stays an int. */
    static final int MAX_PAGE = 1_000_000;
    /** Lists clamp their own page sizes lower (100 households, 500 residents or proposals). */
    static final int MAX_SIZE = 1_000;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            // Tomcat refuses a form post above server.tomcat.max-http-form-post-size when it is read.
            RequestSizeLimitFilter.tooLarge(
                    response, RequestSizeLimitFilter.MAX_JSON_BODY, WebProblemCode.BODY_TOO_LARGE);
            return;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (ControlCharacters.refused(name)) {
                refuse(
                        response,
                        "parameter",
                        WebProblemCode.TEXT_CONTROL_CHARACTER,
                        "A parameter name holds a control character");
                return;
            }
            for (String value : parameter.getValue()) {
                Fault fault = fault(name, value);
                if (fault != null) {
                    refuse(response, name, fault.code(), fault.message());
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** What is wrong with one parameter value. */
    private record Fault(WebProblemCode code, String message) {}

    /** The fault of a value, null when it is fine. */
    private static Fault fault(String name, String value) {
        if (ControlCharacters.refused(value)) {
            return new Fault(
                    WebProblemCode.TEXT_CONTROL_CHARACTER,
                    "Holds a control character (NUL and the like), which no text may hold");
        }
        if (name.equals("page") && !within(value, 0, MAX_PAGE)) {
            return new Fault(WebProblemCode.PARAMETER_OUT_OF_RANGE, "A page is a whole number from 0 to " + MAX_PAGE);
        }
        if (name.equals("size") && !within(value, 1, MAX_SIZE)) {
            return new Fault(
                    WebProblemCode.PARAMETER_OUT_OF_RANGE, "A page size is a whole number from 1 to " + MAX_SIZE);
        }
        return null;
    }

    private static boolean within(String value, int least, int most) {
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int number = Integer.parseInt(value);
        return number >= least && number <= most;
    }

    private static void refuse(HttpServletResponse response, String field, WebProblemCode code, String message)
            throws IOException {
        FilterProblems.write(
                response,
                400,
                "Bad Request",
                "The parameter '" + field + "' is not acceptable: " + message,
                code,
                new ProblemException.FieldProblem(field, code, message));
    }
}
