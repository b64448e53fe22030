package org.homeward.access;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A user signed in by a bearer token rather than by their password, so that a token cannot be traded for another. */
class BearerTokenAuthentication extends AbstractAuthenticationToken {

    private final String username;

    BearerTokenAuthentication(String username, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.username = username;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }
}
