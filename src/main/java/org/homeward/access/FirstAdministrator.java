package org.homeward.access;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty registry, creates the administrator "admin" with a random
 * password and prints it once on the terminal. There is never a fixed default password.
 */
@Component
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {

    private final UserService users;

    FirstAdministrator(UserService users) {
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.noUsers()) {
            return;
        }
        String password = users.randomPassword(20);
        try {
            users.create("admin", Role.ADMIN, password, null);
        } catch (UserProblemException raced) {
            return;
        }
        PrintStream terminal = System.out;
        terminal.println();
        terminal.println("==================================================================");
        terminal.println(" First start: created the administrator account");
        terminal.println("   username: admin");
        terminal.println("   password: " + password);
        terminal.println(" This password is shown only now. Change it with");
        terminal.println("   ./homeward users reset-password --username admin");
        terminal.println("==================================================================");
        terminal.println();
    }
}
