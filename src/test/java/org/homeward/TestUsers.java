package org.homeward;

import java.util.List;
import java.util.stream.IntStream;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserProblemException;
import org.homeward.access.UserService;

/**
 * Test accounts made through the access feature's own service, once per database: the test classes
 * sharing one application ask for the same account again and again, so an account that exists already
 * is taken as it is.
 */
public final class TestUsers {

    private TestUsers() {}

    /** Creates the account unless the service refuses it (in the tests: it exists already); true when made now. */
    public static boolean ensure(UserService users, String username, Role role, String password, String organisation) {
        try {
            users.create(username, role, password, organisation);
            return true;
        } catch (UserProblemException exists) {
            return false;
        }
    }

    /**
     * Creates the account with these scopes unless it exists already; an existing account keeps the
     * scopes it has. Returns the username.
     */
    public static String ensure(
            UserService users,
            String username,
            Role role,
            String password,
            String organisation,
            List<ScopeGrant> scopes) {
        if (ensure(users, username, role, password, organisation)) {
            users.setScopes(username, scopes);
        }
        return username;
    }

    /** Creates a new account (a name not used before: a test that made it fails) with these scopes. */
    public static String create(
            UserService users,
            String username,
            Role role,
            String password,
            String organisation,
            List<ScopeGrant> scopes) {
        users.create(username, role, password, organisation);
        users.setScopes(username, scopes);
        return username;
    }

    /**
     * Creates an account for a walk over the pages unless it exists already: a role that is limited by
     * scopes is given these when made now, any other role none. Returns the username.
     */
    public static String ensureSeeing(
            UserService users,
            String username,
            Role role,
            String password,
            String organisation,
            List<ScopeGrant> scopes) {
        if (ensure(users, username, role, password, organisation) && isScoped(role)) {
            users.setScopes(username, scopes);
        }
        return username;
    }

    /** One area scope, as an officer's account is usually given it, e.g. {@code area:SY02}. */
    public static List<ScopeGrant> area(String pcode) {
        return List.of(ScopeGrant.parse("area:" + pcode));
    }

    /** Every governorate: the widest view a scoped role can be given. */
    public static List<ScopeGrant> everyGovernorate() {
        return IntStream.rangeClosed(1, 14)
                .mapToObj(governorate -> ScopeGrant.parse("area:SY%02d".formatted(governorate)))
                .toList();
    }

    /** Whether the role sees only what its scopes let it see, so that a walk must give it some. */
    public static boolean isScoped(Role role) {
        return role == Role.REGISTRATION_OFFICER || role == Role.RECEPTION_MANAGER;
    }
}
