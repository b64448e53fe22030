package org.homeward.documentation;

import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/** Gives templates the words of the case-type data and the rules' sources in the page's language. */
public final class CaseWords {

    private final CaseDeadlines deadlines;

    CaseWords(CaseDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    public String text(CaseText text) {
        return text == null ? "" : text.in(locale());
    }

    public String source(String english) {
        return deadlines.source(english).in(locale());
    }
}
