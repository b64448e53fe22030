package org.homeward.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.homeward.problems.ProblemCode;

/** Writes a small RFC 9457 problem document without going through the MVC machinery. */
final class ProblemResponses {

    private ProblemResponses() {}

    static void write(HttpServletResponse response, int status, String title, String detail, ProblemCode code)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                        + detail + "\",\"code\":\"" + code.name() + "\"}");
    }
}
