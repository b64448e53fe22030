package org.homeward.documentation;

import java.util.Locale;

/** A text of the case-type data in both languages; Arabic pages get the Arabic. */
record CaseText(String en, String ar) {

    /** The text in the language of {@code locale}: Arabic for Arabic, English otherwise. */
    public String in(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage()) ? ar : en;
    }
}
