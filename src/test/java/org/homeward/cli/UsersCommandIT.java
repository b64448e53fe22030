package org.homeward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.homeward.HomewardApplication;
import org.homeward.HomewardTest;
import org.homeward.access.UserAccount;
import org.homeward.access.UserService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

/** {@code users create} and {@code users reset-password} refuse guessable passwords read from standard input, saying why. */
@HomewardTest
class UsersCommandIT {

    private static final String DATA = "target/test-data/shared";

    @Autowired
    UserService users;

    @BeforeAll
    static void application() {
        ApplicationStarter.applicationClass = HomewardApplication.class;
    }

    private static int run(String password, ByteArrayOutputStream errors, String... arguments) {
        InputStream keyboard = System.in;
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine line = new CommandLine(new UsersCommand());
            line.setErr(new PrintWriter(errors, true));
            line.setExecutionExceptionHandler((exception, command, parsed) -> {
                command.getErr().println(exception.getMessage());
                return exception instanceof CommandFailedException ? 2 : 1;
            });
            return line.execute(arguments);
        } finally {
            System.setIn(keyboard);
        }
    }

    @Test
    void createRefusesBlankAndCommonPasswords() {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        assertThat(run(
                        "            ",
                        errors,
                        "create",
                        "--data-dir",
                        DATA,
                        "--username",
                        "cli.weak",
                        "--role",
                        "analyst"))
                .isEqualTo(2);
        assertThat(run(
                        "password1234",
                        errors,
                        "create",
                        "--data-dir",
                        DATA,
                        "--username",
                        "cli.weak",
                        "--role",
                        "analyst"))
                .isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8))
                .contains("too easy to guess")
                .contains("very common password");
        assertThat(users.all()).extracting(UserAccount::username).doesNotContain("cli.weak");
    }

    @Test
    void resetPasswordRefusesTheUsernameAndTakesAStrongPassword() {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        assertThat(run(
                        "violet compass meadow",
                        errors,
                        "create",
                        "--data-dir",
                        DATA,
                        "--username",
                        "cli.resetter",
                        "--role",
                        "analyst"))
                .as(errors.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(run("cli.resetter.2025", errors, "reset-password", "--data-dir", DATA, "--username", "cli.resetter"))
                .isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("may not contain the username");
    }
}
