package org.homeward.access;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates users, resets their passwords, disables them and lists them. */
@Service
public class UserService {

    /** The shortest password allowed unless {@code homeward.accounts.password.minimum-length} says otherwise. */
    public static final int MINIMUM_PASSWORD_LENGTH = 12;

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private final ApiTokenService tokens;
    private final AuditTrail audit;
    private final PasswordStrength strength;
    private final MessageSource messages;

    UserService(
            UserRepository users,
            PasswordEncoder encoder,
            Clock clock,
            ApiTokenService tokens,
            AuditTrail audit,
            PasswordStrength strength,
            MessageSource messages) {
        this.users = users;
        this.strength = strength;
        this.messages = messages;
        this.tokens = tokens;
        this.audit = audit;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Transactional
    public UserAccount create(String username, Role role, String password, String organisation) {
        String name = checkUsername(username);
        checkPassword(password, name, organisation);
        if (!users.insert(name, encoder.encode(password), role, organisation, clock.instant())) {
            throw new UserProblemException("A user named " + name + " already exists");
        }
        audit.recordWithChange(
                new AuditEntry(AccessAuditAction.USER_CREATED, "user", name, null, Map.of("role", role.name())));
        return users.find(name).orElseThrow();
    }

    @Transactional
    public void resetPassword(String username, String password) {
        UserAccount account =
                users.find(username).orElseThrow(() -> new UserProblemException("No user named " + username));
        checkPassword(password, account.username(), account.organisation());
        if (!users.setPassword(username, encoder.encode(password), clock.instant())) {
            throw new UserProblemException("No user named " + username);
        }
        tokens.revokeAll(username);
        audit.recordWithChange(AuditEntry.of(AccessAuditAction.PASSWORD_RESET, "user", username));
    }

    @Transactional
    public void setEnabled(String username, boolean enabled) {
        UserAccount account = existing(username);
        if (!enabled && account.enabled() && account.role() == Role.ADMIN) {
            refuseLeavingNoAdministrator();
        }
        if (!users.setEnabled(account.username(), enabled)) {
            throw new UserProblemException("No user named " + username);
        }
        if (!enabled) {
            tokens.revokeAll(username);
        }
        audit.recordWithChange(AuditEntry.of(
                enabled ? AccessAuditAction.USER_ENABLED : AccessAuditAction.USER_DISABLED,
                "user",
                account.username()));
    }

    /** Changes a user's role, refusing to leave the application without an enabled administrator. */
    @Transactional
    public void changeRole(String username, Role role) {
        UserAccount account = existing(username);
        if (account.role() == role) {
            return;
        }
        if (account.role() == Role.ADMIN && account.enabled()) {
            refuseLeavingNoAdministrator();
        }
        users.setRole(account.username(), role);
        // Tokens were issued under the old role: whoever holds one asks again under the new.
        tokens.revokeAll(account.username());
        audit.recordWithChange(new AuditEntry(
                AccessAuditAction.USER_ROLE_CHANGED,
                "user",
                account.username(),
                null,
                Map.of("from", account.role().name(), "to", role.name())));
    }

    /**
     * Gives the user a random one-time password, to be handed over in person, and makes them choose
     * their own at the next sign-in; answers the one-time password, which is stored nowhere in clear.
     */
    @Transactional
    public String resetToOneTimePassword(String username) {
        UserAccount account = existing(username);
        String password = randomPassword(16);
        users.setPassword(account.username(), encoder.encode(password), clock.instant());
        users.requirePasswordChange(account.username(), true);
        tokens.revokeAll(account.username());
        audit.recordWithChange(AuditEntry.of(AccessAuditAction.PASSWORD_RESET_ONE_TIME, "user", account.username()));
        return password;
    }

    /** Replaces the signed-in user's password with one they chose, after checking the one they have now. */
    @Transactional
    public void changeOwnPassword(String username, String current, String chosen, String repeated) {
        UserAccount account = existing(username);
        String hash = users.passwordHash(account.username()).orElseThrow();
        if (current == null || current.isEmpty() || !encoder.matches(current, hash)) {
            throw new UserProblemException(
                    AccessProblemCode.CURRENT_PASSWORD_WRONG, "The current password is not right");
        }
        if (chosen == null || !chosen.equals(repeated)) {
            throw new UserProblemException(AccessProblemCode.PASSWORDS_DIFFER, "The two new passwords differ");
        }
        if (chosen.equals(current)) {
            throw new UserProblemException(
                    AccessProblemCode.PASSWORD_UNCHANGED, "The new password is the one given to you");
        }
        checkPassword(chosen, account.username(), account.organisation());
        users.setPassword(account.username(), encoder.encode(chosen), clock.instant());
        users.requirePasswordChange(account.username(), false);
        tokens.revokeAll(account.username());
        audit.recordWithChange(AuditEntry.of(AccessAuditAction.PASSWORD_CHANGED, "user", account.username()));
    }

    /** Whether the user signs in with a one-time password and must choose their own first. */
    public boolean passwordChangeRequired(String username) {
        return users.passwordChangeRequired(username);
    }

    /** Replaces a user's scopes. */
    @Transactional
    public void setScopes(String username, List<ScopeGrant> scopes) {
        long id = users.find(username)
                .orElseThrow(() -> new UserProblemException("No user named " + username))
                .id();
        users.replaceScopes(id, scopes);
        audit.recordWithChange(new AuditEntry(
                AccessAuditAction.USER_SCOPES_SET,
                "user",
                username,
                null,
                Map.of("scopes", scopes.stream().map(ScopeGrant::toString).toList())));
    }

    public List<ScopeGrant> scopesOf(String username) {
        return users.find(username).map(account -> users.scopes(account.id())).orElse(List.of());
    }

    public List<UserAccount> all() {
        return users.all();
    }

    public boolean noUsers() {
        return users.count() == 0;
    }

    /** A random password of the given length from letters and digits that cannot be confused. */
    public String randomPassword(int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private UserAccount existing(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return users.find(name)
                .orElseThrow(() -> new UserProblemException(AccessProblemCode.USER_UNKNOWN, "No user named " + name));
    }

    /** Refuses a change that would take away the last enabled administrator (who could then not undo it). */
    private void refuseLeavingNoAdministrator() {
        if (users.lockEnabledAdministrators() <= 1) {
            throw new UserProblemException(
                    AccessProblemCode.LAST_ADMINISTRATOR,
                    "This is the last enabled administrator; make another administrator first");
        }
    }

    private static String checkUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9._-]{3,64}")) {
            throw new UserProblemException("A username has 3 to 64 characters: letters, digits, '.', '_' or '-'");
        }
        return name;
    }

    /** Refuses a password that is too short, too long, contains the username or is easy to guess, saying why in the current language. */
    private void checkPassword(String password, String username, String organisation) {
        strength.problemWith(password, username, organisation).ifPresent(problem -> {
            throw new WeakPasswordException(problem, problem.message(messages, LocaleContextHolder.getLocale()));
        });
    }
}
