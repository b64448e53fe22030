package org.homeward.access;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Judges whether a new password is hard enough to guess, by zxcvbn's estimate: its frequency lists
 * of leaked passwords, words and names, keyboard patterns, repeats, sequences and dates, with the
 * account's own name and Homeward's context words counted as the first guesses an attacker makes.
 */
@Component
class PasswordStrength {

    static final int LONGEST_PASSWORD = 256;
    /** zxcvbn's work grows faster than the length; the first 64 characters decide (a longer password is at least as strong). */
    static final int MEASURED_CHARACTERS = 64;

    static final List<String> CONTEXT_WORDS = List.of(
            "homeward",
            "unhcr",
            "syria",
            "syrian",
            "refugee",
            "returnee",
            "damascus",
            "aleppo",
            "homs",
            "admin",
            "administrator",
            "password");
    /** Answers zxcvbn's message keys themselves, so that Homeward's own bundles (English and Arabic) can word them. */
    private static final ResourceBundle MESSAGE_KEYS = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };

    private final Zxcvbn estimator = new Zxcvbn();
    private final AccountProperties.Password policy;

    PasswordStrength(AccountProperties properties) {
        this.policy = properties.password();
    }

    /** The reason the password may not be used, or empty when it is strong enough. */
    Optional<PasswordProblem> problemWith(String password, String username, String... otherUserInputs) {
        if (password == null || password.codePointCount(0, password.length()) < policy.minimumLength()) {
            return Optional.of(PasswordProblem.tooShort(policy.minimumLength()));
        }
        if (password.length() > LONGEST_PASSWORD) {
            return Optional.of(PasswordProblem.tooLong(LONGEST_PASSWORD));
        }
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        if (name.length() >= 3 && password.toLowerCase(Locale.ROOT).contains(name)) {
            return Optional.of(PasswordProblem.containsUsername());
        }
        Strength strength = estimator.measure(
                password.substring(0, Math.min(password.length(), MEASURED_CHARACTERS)),
                userInputs(name, otherUserInputs));
        try {
            if (strength.getScore() >= policy.minimumScore()) {
                return Optional.empty();
            }
            Feedback keys = strength.getFeedback().withResourceBundle(MESSAGE_KEYS);
            String warning = keys.getWarning(Locale.ROOT);
            return Optional.of(PasswordProblem.tooWeak(
                    warning.isEmpty() ? PasswordProblem.GUESSABLE : warning, keys.getSuggestions(Locale.ROOT)));
        } finally {
            strength.wipe();
        }
    }

    private static List<String> userInputs(String username, String... others) {
        List<String> inputs = new ArrayList<>(CONTEXT_WORDS);
        if (!username.isEmpty()) {
            inputs.add(username);
            // "amal.haddad" is guessed as "amal" and "haddad" too.
            inputs.addAll(List.of(username.split("[._-]+")));
        }
        for (String other : others) {
            if (other != null && !other.isBlank()) {
                inputs.addAll(List.of(other.toLowerCase(Locale.ROOT).split("\\s+")));
            }
        }
        return inputs.stream()
                .filter(Objects::nonNull)
                .filter(input -> input.length() >= 3)
                .distinct()
                .toList();
    }
}
