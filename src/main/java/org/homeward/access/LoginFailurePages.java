package org.homeward.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed form sign-in back to the login page, saying whether to wait (throttled, busy) or to check the password. */
class LoginFailurePages implements AuthenticationFailureHandler {

    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String outcome = failure instanceof LoginThrottledException
                ? "throttled"
                : failure instanceof LoginBusyException ? "busy" : "error";
        redirects.sendRedirect(request, response, "/login?" + outcome);
    }
}
