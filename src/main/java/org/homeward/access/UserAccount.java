package org.homeward.access;

import java.time.Instant;

/** A person who signs in to Homeward, without the password hash. */
public record UserAccount(
        long id,
        String username,
        Role role,
        String organisation,
        boolean enabled,
        int failedLogins,
        Instant lockedUntil,
        Instant createdAt) {}
