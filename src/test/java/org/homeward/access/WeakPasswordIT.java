package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;

/** Passwords an attacker guesses first are refused when a user is created and when a password is reset, saying why. */
@HomewardTest
class WeakPasswordIT {

    private static final String STRONG = "quiet harbour lantern";

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    @AfterEach
    void englishAgain() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void guessablePasswordsCannotCreateAUser() {
        for (String weak : List.of(
                "            ",
                "aaaaaaaaaaaa",
                "password1234",
                "weak.creator",
                "Weak.Creator2024",
                "qwertyuiopas",
                "short")) {
            WeakPasswordException refused = catchThrowableOfType(
                    WeakPasswordException.class,
                    () -> users.create("weak.creator", Role.REGISTRATION_OFFICER, weak, null));
            assertThat(refused).as("'" + weak + "'").isNotNull();
            assertThat(refused.getMessage()).as("'" + weak + "'").isNotBlank();
        }
        assertThat(users.all()).extracting(UserAccount::username).doesNotContain("weak.creator");
    }

    @Test
    void eachRefusalNamesItsReason() {
        assertThat(problemOf("            ")).extracting(PasswordProblem::code).isEqualTo("PASSWORD_TOO_WEAK");
        assertThat(messageOf("aaaaaaaaaaaa")).contains("easy to guess");
        assertThat(problemOf("password1234").warning()).isEqualTo("feedback.dictionary.warning.passwords.veryCommon");
        assertThat(messageOf("password1234")).contains("very common password");
        assertThat(problemOf("reason.officer").code()).isEqualTo("PASSWORD_CONTAINS_USERNAME");
        assertThat(problemOf("brief").code()).isEqualTo("PASSWORD_TOO_SHORT");
        assertThat(messageOf("brief")).contains("at least 12 characters");
        assertThat(problemOf("x".repeat(300)).code()).isEqualTo("PASSWORD_TOO_LONG");
    }

    @Test
    void theReasonIsGivenInArabicToAnArabicUser() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("ar"));
        String message = messageOf("password1234");
        assertThat(message).contains("كلمة المرور").contains("شائعة").doesNotContain("password is");
    }

    @Test
    void aResetToAGuessablePasswordIsRefusedAndTheOldOneStillWorks() {
        users.create("weak.resetter", Role.ANALYST, STRONG, "Relief Agency");
        for (String weak : List.of("            ", "aaaaaaaaaaaa", "password1234", "weak.resetter", "Weak.Resetter!")) {
            assertThatThrownBy(() -> users.resetPassword("weak.resetter", weak))
                    .as("'" + weak + "'")
                    .isInstanceOf(WeakPasswordException.class);
        }
        assertThat(new ApiClient(port, "weak.resetter", STRONG)
                        .get("/api/v1/statistics/returns")
                        .status())
                .isNotIn(401, 429, 503);
    }

    @Test
    void aPhraseOfUncommonWordsIsAccepted() {
        users.create("strong.creator", Role.ANALYST, STRONG, null);
        users.resetPassword("strong.creator", "copper kettle morning walk");
        assertThat(users.all()).extracting(UserAccount::username).contains("strong.creator");
    }

    private PasswordProblem problemOf(String password) {
        return catchThrowableOfType(
                        WeakPasswordException.class, () -> users.create("reason.officer", Role.ANALYST, password, null))
                .problem();
    }

    private String messageOf(String password) {
        return catchThrowableOfType(
                        WeakPasswordException.class, () -> users.create("reason.officer", Role.ANALYST, password, null))
                .getMessage();
    }
}
