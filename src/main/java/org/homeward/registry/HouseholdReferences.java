package org.homeward.registry;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes the references printed on households' slips: {@code HW-} then nine characters drawn at
 * random from Crockford's base 32 (digits and capitals without I, L, O and U, so that nothing reads
 * as something else) and a check character, such as {@code HW-7KQ3MZ9TDZ}. One reference tells
 * nothing about the next, so they cannot be walked to list people, and the check character (Luhn
 * mod 32) catches any one character mistyped and nearly every pair of neighbours swapped.
 * References printed before, {@code HW-0021619}, stay valid as they are.
 */
@Component
class HouseholdReferences {

    /** An even number of characters, which Luhn mod N needs to catch every single character mistyped. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    static final int RANDOM_LENGTH = 9;
    private static final String PREFIX = "HW-";
    private static final Pattern CURRENT = Pattern.compile("HW-[" + ALPHABET + "]{" + (RANDOM_LENGTH + 1) + "}");
    private static final Pattern SEQUENTIAL = Pattern.compile("HW-\\d{7}");
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;

    HouseholdReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One new reference that no household has yet. */
    String next() {
        return next(1).get(0);
    }

    /** As many new references, distinct from each other and from every household's. */
    List<String> next(int count) {
        Set<String> fresh = new LinkedHashSet<>();
        while (fresh.size() < count) {
            List<String> drawn = new ArrayList<>();
            while (fresh.size() + drawn.size() < count) {
                String candidate = draw();
                if (!fresh.contains(candidate) && !drawn.contains(candidate)) {
                    drawn.add(candidate);
                }
            }
            // A repeat is rare (32^9 possibilities), but a slip must never name two households.
            List<String> taken = jdbc.sql("SELECT reference FROM household WHERE reference = ANY(:drawn)")
                    .param("drawn", drawn.toArray(String[]::new))
                    .query(String.class)
                    .list();
            drawn.stream().filter(reference -> !taken.contains(reference)).forEach(fresh::add);
        }
        return List.copyOf(fresh);
    }

    String draw() {
        StringBuilder body = new StringBuilder(RANDOM_LENGTH + 1);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return PREFIX + body.append(checkCharacter(body));
    }

    /**
     * The reference as it was meant: capitals, and in a current reference the look-alikes read as
     * Crockford reads them (O as 0; I and L as 1).
     */
    static String normalised(String typed) {
        if (typed == null) {
            return "";
        }
        String reference = typed.trim().toUpperCase(java.util.Locale.ROOT);
        if (reference.length() != PREFIX.length() + RANDOM_LENGTH + 1 || !reference.startsWith(PREFIX)) {
            return reference;
        }
        return PREFIX
                + reference
                        .substring(PREFIX.length())
                        .replace('O', '0')
                        .replace('I', '1')
                        .replace('L', '1');
    }

    /**
     * Whether the text has the shape of a current reference but its check character does not hold:
     * a reference mistyped, rather than one nobody has.
     */
    static boolean mistyped(String reference) {
        if (reference == null || !CURRENT.matcher(reference).matches()) {
            return false;
        }
        String body = reference.substring(PREFIX.length());
        return checkCharacter(body.substring(0, RANDOM_LENGTH)) != body.charAt(RANDOM_LENGTH);
    }

    /** Whether the text is a reference of either form, current or sequential, with its check holding. */
    static boolean wellFormed(String reference) {
        return reference != null
                && (SEQUENTIAL.matcher(reference).matches()
                        || CURRENT.matcher(reference).matches() && !mistyped(reference));
    }

    /** The Luhn mod N check character of the body over the alphabet. */
    static char checkCharacter(CharSequence body) {
        int base = ALPHABET.length();
        int sum = 0;
        boolean doubled = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int value = ALPHABET.indexOf(body.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Not a reference character: " + body.charAt(i));
            }
            int addend = doubled ? value * 2 : value;
            sum += addend / base + addend % base;
            doubled = !doubled;
        }
        return ALPHABET.charAt((base - sum % base) % base);
    }
}
