package org.homeward.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in an API request that carries {@code Authorization: Bearer TOKEN} with a valid token. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;
    private final UserDetailsService users;

    BearerTokenFilter(ApiTokenService tokens, UserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<String> username = tokens.userOf(header.substring(7).trim());
            if (username.isEmpty()) {
                ProblemResponses.write(
                        response,
                        401,
                        "Unauthorized",
                        "The token is unknown or has expired",
                        AccessProblemCode.TOKEN_INVALID);
                return;
            }
            UserDetails user = users.loadUserByUsername(username.get());
            if (!user.isAccountNonLocked() || !user.isEnabled()) {
                ProblemResponses.write(
                        response,
                        401,
                        "Unauthorized",
                        "The account is locked or disabled",
                        AccessProblemCode.ACCOUNT_LOCKED);
                return;
            }
            var authentication = new BearerTokenAuthentication(user.getUsername(), user.getAuthorities());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
