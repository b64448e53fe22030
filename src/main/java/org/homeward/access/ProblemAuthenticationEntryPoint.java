package org.homeward.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Answers an API call without valid credentials with 401 and an RFC 9457 problem. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Homeward\"");
        ProblemResponses.write(response, 401, "Unauthorized", "Sign in: send HTTP Basic credentials", "AUTHENTICATION_REQUIRED");
    }
}
