package org.homeward.movements;

import java.util.List;
import java.util.Objects;

/**
 * What one departure check said about one household: its level and, unless green, why.
 *
 * @param check     the {@link DepartureCheck#name()} that gave it
 * @param level     green, amber or red
 * @param reasonKey a message key in the contributing feature's bundle, in both languages; for a
 *                  green verdict a key saying what was checked
 * @param arguments values for the message's placeholders: counts, dates, codes, positions in the
 *                  household — never a name, phone or document number
 */
public record CheckVerdict(String check, CheckLevel level, String reasonKey, List<String> arguments) {

    public CheckVerdict {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reasonKey, "reasonKey");
        arguments = List.copyOf(arguments);
    }

    public static CheckVerdict green(String check, String reasonKey, String... arguments) {
        return new CheckVerdict(check, CheckLevel.GREEN, reasonKey, List.of(arguments));
    }

    public static CheckVerdict amber(String check, String reasonKey, String... arguments) {
        return new CheckVerdict(check, CheckLevel.AMBER, reasonKey, List.of(arguments));
    }

    public static CheckVerdict red(String check, String reasonKey, String... arguments) {
        return new CheckVerdict(check, CheckLevel.RED, reasonKey, List.of(arguments));
    }
}
