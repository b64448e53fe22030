package org.homeward.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserAccount;
import org.homeward.access.UserProblemException;
import org.homeward.access.UserService;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Manages user accounts; passwords are read from standard input, never from the command line. */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = "Create users, reset passwords, disable or enable users, set their scopes, list users.",
        subcommands = {
            UsersCommand.Create.class,
            UsersCommand.ResetPassword.class,
            UsersCommand.Disable.class,
            UsersCommand.Enable.class,
            UsersCommand.Scope.class,
            UsersCommand.ListUsers.class
        })
class UsersCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = {
                "Create a user. The password is read from standard input (one line, at least "
                        + UserService.MINIMUM_PASSWORD_LENGTH + " characters, hard to guess and without the username; "
                        + "a weak one is refused with the reason).",
                "Example: printf '%%s\\n' \"$PASSWORD\" | homeward users create --username amal --role registration-officer"
            })
    static class Create implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Option(names = "--username", required = true, description = "3 to 64 letters, digits, '.', '_' or '-'.")
        String username;

        @Option(
                names = "--role",
                required = true,
                description =
                        "One of: registration-officer, reception-manager, coordinator, analyst, admin, documentation-case-worker.")
        String role;

        @Option(names = "--organisation", description = "The organisation the user works for.")
        String organisation;

        @Option(
                names = "--scope",
                paramLabel = "KIND:VALUE",
                description =
                        "Where the user may act, repeatable: "
                                + "site:NAME (registration site), area:PCODE (e.g. area:SY02, households heading there), centre:CODE (a reception "
                                + "centre whose stays they manage). Registration officers see nothing without one; coordinators and reception "
                                + "managers without a site or area see all households, and without a centre work on every centre.")
        List<String> scopes = new ArrayList<>();

        @Override
        public Integer call() {
            Role parsed = Role.parse(role)
                    .orElseThrow(() -> new CommandFailedException("Unknown role '" + role + "'; use one of "
                            + Arrays.stream(Role.values()).map(Role::cliName).toList()));
            List<ScopeGrant> grants = parseScopes(scopes);
            String password = readPassword();
            try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
                UserService users = context.getBean(UserService.class);
                UserAccount account = users.create(username, parsed, password, organisation);
                users.setScopes(account.username(), grants);
                System.out.println("Created user " + account.username() + " with role "
                        + account.role().cliName() + (grants.isEmpty() ? "" : " and scopes " + grants));
                return 0;
            } catch (UserProblemException problem) {
                throw new CommandFailedException(problem.getMessage());
            }
        }
    }

    @Command(
            name = "reset-password",
            mixinStandardHelpOptions = true,
            description =
                    "Set a new password, read from standard input (as strong as for create); withdraws the user's API tokens.")
    static class ResetPassword implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Option(names = "--username", required = true, description = "The user whose password to set.")
        String username;

        @Override
        public Integer call() {
            String password = readPassword();
            try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
                context.getBean(UserService.class).resetPassword(username, password);
                System.out.println("Password of " + username + " changed");
                return 0;
            } catch (UserProblemException problem) {
                throw new CommandFailedException(problem.getMessage());
            }
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Stop a user from signing in.")
    static class Disable implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Option(names = "--username", required = true, description = "The user to disable.")
        String username;

        @Override
        public Integer call() {
            return setEnabled(database, username, false);
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Let a disabled user sign in again.")
    static class Enable implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Option(names = "--username", required = true, description = "The user to enable.")
        String username;

        @Override
        public Integer call() {
            return setEnabled(database, username, true);
        }
    }

    @Command(
            name = "scope",
            mixinStandardHelpOptions = true,
            description = "Set where a user may act, replacing the scopes they had.")
    static class Scope implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Option(names = "--username", required = true, description = "The user whose scopes to set.")
        String username;

        @Option(
                names = "--scope",
                paramLabel = "KIND:VALUE",
                description = "site:NAME, area:PCODE or centre:ID; " + "repeatable; none removes every scope.")
        List<String> scopes = new ArrayList<>();

        @Override
        public Integer call() {
            List<ScopeGrant> grants = parseScopes(scopes);
            try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
                context.getBean(UserService.class).setScopes(username, grants);
                System.out.println("Scopes of " + username + ": " + grants);
                return 0;
            } catch (UserProblemException problem) {
                throw new CommandFailedException(problem.getMessage());
            }
        }
    }

    private static List<ScopeGrant> parseScopes(List<String> scopes) {
        try {
            return scopes.stream().map(ScopeGrant::parse).toList();
        } catch (UserProblemException problem) {
            throw new CommandFailedException(problem.getMessage());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users with their role and state.")
    static class ListUsers implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
                UserService users = context.getBean(UserService.class);
                for (UserAccount account : users.all()) {
                    System.out.printf(
                            "%-24s %-22s %-8s %-20s %s%n",
                            account.username(),
                            account.role().cliName(),
                            account.enabled() ? "enabled" : "disabled",
                            account.organisation() == null ? "" : account.organisation(),
                            users.scopesOf(account.username()));
                }
                return 0;
            }
        }
    }

    private static int setEnabled(DatabaseOptions database, String username, boolean enabled) {
        try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
            context.getBean(UserService.class).setEnabled(username, enabled);
            System.out.println("User " + username + (enabled ? " enabled" : " disabled"));
            return 0;
        } catch (UserProblemException problem) {
            throw new CommandFailedException(problem.getMessage());
        }
    }

    /** Reads the password from the terminal without echo, or as one line from piped standard input. */
    static String readPassword() {
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Repeat the password: ");
            if (first == null || !Arrays.equals(first, second)) {
                throw new CommandFailedException("The two passwords differ");
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new CommandFailedException("Give the password on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new CommandFailedException("Could not read the password: " + e.getMessage());
        }
    }
}
