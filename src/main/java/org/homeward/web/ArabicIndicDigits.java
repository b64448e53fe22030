package org.homeward.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Western digits of Arabic text rewritten as Arabic-Indic ones, for the pages configured with
 * {@code homeward.digits.ar=arab}: the numbers a translator wrote into a sentence ("12 حرفًا", "تعداد
 * 2004") and the dates given to it, while codes keep their digits (UTF-8, CC BY 4.0, SY0100).
 */
final class ArabicIndicDigits {

    /**
     * A count or a list of them given to a message as text (as pages pass counts they do not want
     * grouped), or a date, a month or a time, possibly isolated: 12, "1, 3", 2026-03-15 10:00.
     */
    private static final Pattern NUMBER_OR_DATE_TEXT = Pattern.compile(
            "-?\\d{1,18}(, ?\\d{1,18})*|[\\u2066-\\u2069]?\\d{4}-\\d{2}(-\\d{2})?([ T]\\d{2}:\\d{2}(:\\d{2})?)?[\\u2066-\\u2069]?");

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    /** A run of digits with the separators between them, not the index of a message argument ({0}). */
    private static final Pattern NUMBER = Pattern.compile("(?<!\\d)(?<!\\{\\s{0,3})\\d+([.,]\\d+)*");

    private ArabicIndicDigits() {}

    /** Every digit of the text, with a decimal or thousands separator between digits, in Arabic-Indic. */
    static String of(String text) {
        StringBuilder written = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean betweenDigits =
                    i > 0 && i < text.length() - 1 && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1));
            if (c >= '0' && c <= '9') {
                written.append((char) ('\u0660' + c - '0'));
            } else if (betweenDigits && c == ',') {
                written.append('\u066C');
            } else if (betweenDigits && c == '.') {
                written.append('\u066B');
            } else {
                written.append(c);
            }
        }
        return written.toString();
    }

    /** A count, a date or a time passed as text or as a date, in Arabic-Indic digits; anything else as it is. */
    static Object ifNumberOrDate(Object argument) {
        if (argument instanceof java.time.temporal.TemporalAccessor) {
            return of(argument.toString());
        }
        return argument instanceof String text
                        && NUMBER_OR_DATE_TEXT.matcher(text).matches()
                ? of(text)
                : argument;
    }

    /**
     * The numbers of a sentence (or a message pattern) in Arabic-Indic digits, but for those of a word
     * holding Latin letters or standing beside one (a code such as UTF-8, a licence such as CC BY 4.0)
     * and the indexes of message arguments.
     */
    static String inSentence(String text) {
        if (text.chars().noneMatch(ArabicIndicDigits::isDigit)) {
            return text;
        }
        Matcher tokens = TOKEN.matcher(text);
        java.util.List<int[]> spans = new java.util.ArrayList<>();
        while (tokens.find()) {
            spans.add(new int[] {tokens.start(), tokens.end()});
        }
        StringBuilder written = new StringBuilder(text);
        for (int t = 0; t < spans.size(); t++) {
            String token = text.substring(spans.get(t)[0], spans.get(t)[1]);
            if (token.chars().noneMatch(ArabicIndicDigits::isDigit)
                    || latin(text, spans, t)
                    || latin(text, spans, t - 1)
                    || latin(text, spans, t + 1)) {
                continue;
            }
            Matcher number = NUMBER.matcher(text).region(spans.get(t)[0], spans.get(t)[1]);
            number.useTransparentBounds(true).useAnchoringBounds(false);
            while (number.find()) {
                written.replace(number.start(), number.end(), of(number.group()));
            }
        }
        return written.toString();
    }

    private static boolean latin(String text, java.util.List<int[]> spans, int index) {
        return index >= 0
                && index < spans.size()
                && LATIN.matcher(text.substring(spans.get(index)[0], spans.get(index)[1]))
                        .find();
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
