package org.homeward.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.homeward.web.WebProblemCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** Answers an API call the user's role does not allow (or a forged one) with 403 and an RFC 9457 problem. */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (denied instanceof CsrfException) {
            ProblemResponses.write(
                    response,
                    403,
                    "Forbidden",
                    "The CSRF token is missing or wrong",
                    AccessProblemCode.CSRF_TOKEN_INVALID);
        } else {
            ProblemResponses.write(
                    response, 403, "Forbidden", "Your role does not allow this", WebProblemCode.ACCESS_DENIED);
        }
    }
}
