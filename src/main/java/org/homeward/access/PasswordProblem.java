package org.homeward.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Why a password may not be used: a stable code, and the message keys of the reason and of the
 * suggestions (zxcvbn's own keys for weak passwords), worded in English or Arabic by the bundles.
 *
 * @param reason      {@code PASSWORD_TOO_SHORT}, {@code PASSWORD_TOO_LONG}, {@code PASSWORD_CONTAINS_USERNAME} or {@code PASSWORD_TOO_WEAK}
 * @param limit       the length limit broken, or 0
 * @param warning     the message key of what makes it guessable, or empty
 * @param suggestions message keys of what would make it stronger
 */
record PasswordProblem(AccessProblemCode reason, int limit, String warning, List<String> suggestions) {

    static final String GUESSABLE = "feedback.homeward.guessable";

    static PasswordProblem tooShort(int minimum) {
        return new PasswordProblem(AccessProblemCode.PASSWORD_TOO_SHORT, minimum, "", List.of());
    }

    static PasswordProblem tooLong(int maximum) {
        return new PasswordProblem(AccessProblemCode.PASSWORD_TOO_LONG, maximum, "", List.of());
    }

    static PasswordProblem containsUsername() {
        return new PasswordProblem(AccessProblemCode.PASSWORD_CONTAINS_USERNAME, 0, "", List.of());
    }

    static PasswordProblem tooWeak(String warning, List<String> suggestions) {
        return new PasswordProblem(AccessProblemCode.PASSWORD_TOO_WEAK, 0, warning, List.copyOf(suggestions));
    }

    /** The reason's word, as programs and the message key {@code problem.<CODE>} know it. */
    public String code() {
        return reason.name();
    }

    /** The whole reason in one paragraph, in the given language. */
    public String message(MessageSource messages, Locale locale) {
        List<String> sentences = new ArrayList<>();
        sentences.add(messages.getMessage("problem." + code(), new Object[] {limit}, code(), locale));
        if (!warning.isEmpty()) {
            sentences.add(messages.getMessage("password." + warning, null, "", locale));
        }
        for (String suggestion : suggestions) {
            sentences.add(messages.getMessage("password." + suggestion, null, "", locale));
        }
        return String.join(
                " ", sentences.stream().filter(sentence -> !sentence.isBlank()).toList());
    }
}
