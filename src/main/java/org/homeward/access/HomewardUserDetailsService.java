package org.homeward.access;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads a user for Spring Security: role as authority, disabled and locked states honoured. */
@Service
class HomewardUserDetailsService implements UserDetailsService {

    private final UserRepository users;
    private final Clock clock;

    HomewardUserDetailsService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        boolean locked = account.lockedUntil() != null && account.lockedUntil().isAfter(clock.instant());
        return User.withUsername(account.username())
                .password(users.passwordHash(username).orElseThrow())
                .authorities(authorities(account))
                .disabled(!account.enabled())
                .accountLocked(locked)
                .build();
    }

    /** The role, and the mark of a one-time password that keeps every page but the password form closed. */
    private String[] authorities(UserAccount account) {
        return users.passwordChangeRequired(account.username())
                ? new String[] {account.role().authority(), PasswordChangeRequiredFilter.AUTHORITY}
                : new String[] {account.role().authority()};
    }
}
