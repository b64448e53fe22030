package org.homeward.movements;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The words of a printed page in English and in Arabic, from the printing bundle, so that a
 * template can put both languages side by side on one sheet.
 */
final class PdfLabels {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale ARABIC = Locale.forLanguageTag("ar");
    private final MessageSource messages;

    PdfLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The English words of a key. */
    public String en(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ENGLISH);
    }

    /** The Arabic words of a key. */
    public String ar(String key, Object... arguments) {
        return messages.getMessage(key, arguments, ARABIC);
    }

    /** The words of a key in one language, for pages printed in the reader's language. */
    public String in(Locale language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, language);
    }
}
