package org.homeward.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps everything but the password form closed to someone signed in with a one-time password: pages
 * send them to the form, the API answers a problem. Until they choose their own, the password an
 * administrator saw opens nothing else.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String AUTHORITY = AccessProblemCode.PASSWORD_CHANGE_REQUIRED.name();
    static final String FORM = "/account/password";
    private static final List<String> OPEN = List.of(FORM, "/logout", "/login", "/error", "/favicon.ico");
    private static final List<String> OPEN_FOLDERS = List.of("/css/", "/js/", "/webjars/", "/images/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!mustChange() || open(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemResponses.write(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "Password change required",
                    "Sign in on the pages and choose your own password first",
                    AccessProblemCode.PASSWORD_CHANGE_REQUIRED);
            return;
        }
        response.sendRedirect(request.getContextPath() + FORM);
    }

    private static boolean mustChange() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(authority -> AUTHORITY.equals(authority.getAuthority()));
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.contains(path) || OPEN_FOLDERS.stream().anyMatch(path::startsWith);
    }
}
