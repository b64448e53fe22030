package org.homeward.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a user does; decides which pages and endpoints they reach. */
public enum Role {
    REGISTRATION_OFFICER("registration-officer"),
    RECEPTION_MANAGER("reception-manager"),
    COORDINATOR("coordinator"),
    /** Sees aggregates only: no names, phones or document numbers anywhere. */
    ANALYST("analyst"),
    ADMIN("admin"),
    /** Follows civil-documentation cases (births abroad, lost IDs, marriages, deaths, property evidence) to the end. */
    DOCUMENTATION_CASE_WORKER("documentation-case-worker");

    private final String cliName;

    Role(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** Reads "registration-officer", "REGISTRATION_OFFICER" or "admin" alike. */
    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(role -> role.cliName.equals(normalised))
                .findFirst();
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
