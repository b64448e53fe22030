package org.homeward.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem from a servlet filter, before Spring MVC sees the request, in the same
 * shape the shared advice gives: title, status, detail, code and, when one field is at fault, errors.
 */
final class FilterProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FilterProblems() {}

    static void write(
            HttpServletResponse response,
            int status,
            String title,
            String detail,
            ProblemCode code,
            ProblemException.FieldProblem fieldProblem)
            throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("code", code.name());
        if (fieldProblem != null) {
            problem.put("errors", List.of(fieldProblem));
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        // Not flushed here: written whole when the request ends, with its length, before Tomcat closes a refused body.
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
