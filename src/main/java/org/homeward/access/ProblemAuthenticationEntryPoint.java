package org.homeward.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.homeward.web.WebProblemCode;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an API call without valid credentials with 401 and an RFC 9457 problem; a throttled
 * sign-in with 429 and a busy one with 503, each with {@code Retry-After}.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof LoginThrottledException throttled) {
            response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
            ProblemResponses.write(
                    response,
                    429,
                    "Too Many Requests",
                    "Too many failed sign-ins for this account from your address; wait before trying again",
                    AccessProblemCode.LOGIN_THROTTLED);
            return;
        }
        if (failure instanceof LoginBusyException) {
            response.setHeader("Retry-After", "1");
            ProblemResponses.write(
                    response,
                    503,
                    "Service Unavailable",
                    "Too many sign-ins are being checked at once; try again shortly",
                    AccessProblemCode.LOGIN_BUSY);
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Homeward\"");
        ProblemResponses.write(
                response,
                401,
                "Unauthorized",
                "Sign in: send HTTP Basic credentials",
                WebProblemCode.AUTHENTICATION_REQUIRED);
    }
}
