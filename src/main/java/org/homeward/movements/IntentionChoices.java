package org.homeward.movements;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the answers of a survey row as Homeward's codes: through the mapping's choices first, then
 * as a code written out (in any case, so that KoBo's {@code within_3_months} is
 * {@code WITHIN_3_MONTHS}). A select-multiple answer holds several choices in one cell, separated by
 * spaces as KoBo and ODK write them; a choice label of several words is found whole.
 */
final class IntentionChoices {

    private static final Set<String> YES = Set.of("yes", "true", "1", "y", "نعم");
    private static final Set<String> NO = Set.of("no", "false", "0", "n", "لا");

    private IntentionChoices() {}

    /** The intention a cell means, or empty when it means none. */
    static Optional<IntentionAnswer> answer(ColumnMapping mapping, String cell) {
        String code = mapping.choice(IntentionField.INTENTION, cell).orElse(cell);
        return parse(IntentionAnswer.class, code);
    }

    /** Whether a cell says yes or no, or empty when it says neither. */
    static Optional<Boolean> yesOrNo(ColumnMapping mapping, String cell) {
        String value = ColumnMapping.fold(
                mapping.choice(IntentionField.GO_AND_SEE, cell).orElse(cell));
        if (YES.contains(value)) {
            return Optional.of(true);
        }
        return NO.contains(value) ? Optional.of(false) : Optional.empty();
    }

    /**
     * The conditions a select-multiple cell names, or the first word of it that names none. The
     * longest run of words that is a choice or a code is taken each time, so "Military service
     * Housing" is two conditions.
     */
    static Conditions conditions(ColumnMapping mapping, String cell) {
        List<String> words = Arrays.stream(cell.strip().split("[\\s,;]+"))
                .filter(word -> !word.isEmpty())
                .toList();
        Set<IntentionCondition> found = EnumSet.noneOf(IntentionCondition.class);
        int at = 0;
        while (at < words.size()) {
            int taken = 0;
            for (int end = words.size(); end > at && taken == 0; end--) {
                Optional<IntentionCondition> condition = condition(mapping, String.join(" ", words.subList(at, end)));
                if (condition.isPresent()) {
                    found.add(condition.get());
                    taken = end - at;
                }
            }
            if (taken == 0) {
                return new Conditions(List.copyOf(found), words.get(at));
            }
            at += taken;
        }
        return new Conditions(List.copyOf(found), null);
    }

    private static Optional<IntentionCondition> condition(ColumnMapping mapping, String text) {
        return parse(
                IntentionCondition.class,
                mapping.choice(IntentionField.CONDITIONS, text).orElse(text));
    }

    /** Conditions read from a cell, and the word that named none (null when every word did). */
    record Conditions(List<IntentionCondition> conditions, String unknown) {}

    /** Whether a mapping may translate a choice of the field into this code. */
    static boolean isCode(IntentionField field, String code) {
        return switch (field) {
            case INTENTION -> parse(IntentionAnswer.class, code).isPresent();
            case CONDITIONS -> parse(IntentionCondition.class, code).isPresent();
            case GO_AND_SEE -> "true".equals(code) || "false".equals(code);
            default -> false;
        };
    }

    /** The codes a field's choices may be translated into, for messages. */
    static String codesOf(IntentionField field) {
        return switch (field) {
            case INTENTION -> Arrays.toString(IntentionAnswer.values());
            case CONDITIONS -> Arrays.toString(IntentionCondition.values());
            case GO_AND_SEE -> "[true, false]";
            default -> "[]";
        };
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        String name =
                code == null ? "" : code.strip().replaceAll("[\\s-]+", "_").toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
