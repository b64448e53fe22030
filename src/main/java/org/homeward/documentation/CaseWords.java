package org.homeward.documentation;

import java.util.Locale;
import org.homeward.documentation.deadline.Deadline;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Gives templates the words of the case-type data and the rules' sources in the page's language. */
final class CaseWords {

    private final CaseDeadlines deadlines;
    private final MessageSource messages;

    CaseWords(CaseDeadlines deadlines, MessageSource messages) {
        this.deadlines = deadlines;
        this.messages = messages;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    public String text(CaseText text) {
        return text == null ? "" : text.in(locale());
    }

    /** A deadline in words: its state with the days left or overdue. */
    public String deadline(Deadline deadline) {
        long days = deadline.daysLeft().map(Math::abs).orElse(0L);
        return messages.getMessage("documentation.deadline." + deadline.state().name(), new Object[] {days}, locale());
    }

    public String source(String english) {
        return deadlines.source(english).in(locale());
    }
}
