package org.homeward.web;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one formatter of numbers, percentages and dates for what people read: the page's language
 * with the configured digit system, so that a page never mixes Arabic-Indic and Western digits
 * or two thousands separators. Pages reach it as {@code @localFormats}; the messages, exports
 * and charts use the same locale through {@link #formattingLocale(Locale)}.
 */
@Component("localFormats")
class LocalFormats {

    private final String arabicDigits;

    LocalFormats(DigitProperties digits) {
        this.arabicDigits = digits.ar();
    }

    /** The ICU locale that formats for the language: its numbering system chosen by configuration. */
    public ULocale formattingLocale(Locale locale) {
        boolean arabic = locale != null && "ar".equals(locale.getLanguage());
        return new ULocale(arabic ? "ar@numbers=" + arabicDigits : "en@numbers=latn");
    }

    /** The digit system of the current language, {@code latn} or {@code arab} (for the charts' script). */
    public String numberingSystem() {
        return formattingLocale(LocaleContextHolder.getLocale()).getKeywordValue("numbers");
    }

    /** The BCP 47 tag the browser formats with (Intl.NumberFormat), such as {@code ar-u-nu-arab}. */
    public String languageTag() {
        Locale locale = LocaleContextHolder.getLocale();
        return ("ar".equals(locale.getLanguage()) ? "ar" : "en") + "-u-nu-" + numberingSystem();
    }

    /** A whole or decimal number, grouped as the language groups it. */
    public String number(Number value) {
        return value == null ? "" : NumberFormat.getInstance(current()).format(value);
    }

    /** A share (0.25 for a quarter) as a percentage with no decimals. */
    public String percent(Number share) {
        return share == null ? "" : NumberFormat.getPercentInstance(current()).format(share);
    }

    /** A day written in the language's medium style (15 Mar 2026, ١٥‏/٠٣‏/٢٠٢٦). */
    public String date(LocalDate day) {
        if (day == null) {
            return "";
        }
        DateFormat format = DateFormat.getDateInstance(DateFormat.MEDIUM, current());
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(Date.from(day.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    /**
     * Digits 0-9 of a value as it is written (an ISO date, a month, a time, a count left ungrouped) put in
     * the language's digit system; not for codes, references or phone numbers, which stay as written.
     */
    public String digits(Object value) {
        String text = value == null ? "" : value.toString();
        if (!"arab".equals(numberingSystem())) {
            return text;
        }
        StringBuilder written = new StringBuilder(text.length());
        text.chars().forEach(c -> written.append(c >= '0' && c <= '9' ? (char) ('\u0660' + c - '0') : (char) c));
        return written.toString();
    }

    /**
     * A value someone typed (a username, an organisation), isolated for a message argument, where a
     * {@code <bdi>} cannot go: between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
     */
    public String isolated(Object value) {
        return value == null ? "" : "\u2068" + value + "\u2069";
    }

    /** A code, reference or date for a message argument: isolated and read left to right (LRI ... PDI). */
    public String code(Object value) {
        return value == null ? "" : "\u2066" + value + "\u2069";
    }

    private ULocale current() {
        return formattingLocale(LocaleContextHolder.getLocale());
    }
}
