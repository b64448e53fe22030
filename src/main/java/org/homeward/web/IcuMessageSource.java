package org.homeward.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's messages, formatted with ICU instead of the JDK: bundle texts may use ICU
 * plural rules ({@code {0, plural, one {# person} other {# persons}}}, with Arabic's six forms
 * zero, one, two, few, many and other), and every number in a message is written in the digit
 * system configured for the language, as {@link LocalFormats} writes the rest of the page: the
 * numbers it is given, those its text holds and the dates it is given as text.
 */
class IcuMessageSource extends ResourceBundleMessageSource {

    private final LocalFormats formats;

    IcuMessageSource(LocalFormats formats) {
        this.formats = formats;
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || args == null || args.length == 0) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale language = locale == null ? Locale.ENGLISH : locale;
        String pattern = resolveCodeWithoutArguments(code, language);
        if (pattern == null) {
            return super.getMessageInternal(code, args, locale);
        }
        Object[] arguments = resolveArguments(args, language);
        countsAsNumbers(pattern, arguments);
        if (writesArabicIndicDigits(language)) {
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = ArabicIndicDigits.ifNumberOrDate(arguments[i]);
            }
        }
        return new MessageFormat(pattern, formats.formattingLocale(language)).format(arguments);
    }

    /**
     * The text of a message in the language; with Arabic-Indic digits configured, the numbers written
     * into an Arabic sentence are written in them too.
     */
    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        String text = super.resolveCodeWithoutArguments(code, locale);
        return text != null && writesArabicIndicDigits(locale) ? ArabicIndicDigits.inSentence(text) : text;
    }

    private boolean writesArabicIndicDigits(Locale locale) {
        return locale != null
                && "ar".equals(locale.getLanguage())
                && "arab".equals(formats.formattingLocale(locale).getKeywordValue("numbers"));
    }

    /**
     * Turns a count passed as text ("3", as pages pass counts they do not want grouped) into a
     * number where the message chooses a plural form by it, which ICU does only for numbers.
     */
    private static void countsAsNumbers(String pattern, Object[] arguments) {
        if (!pattern.contains("plural")) {
            return;
        }
        MessagePattern parts = new MessagePattern(pattern);
        for (int i = 0; i < parts.countParts() - 1; i++) {
            MessagePattern.Part part = parts.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType().hasPluralStyle()
                    && parts.getPart(i + 1).getType() == MessagePattern.Part.Type.ARG_NUMBER) {
                int index = parts.getPart(i + 1).getValue();
                if (index >= 0
                        && index < arguments.length
                        && arguments[index] instanceof String text
                        && text.matches("-?\\d{1,18}")) {
                    arguments[index] = Long.parseLong(text);
                }
            }
        }
    }
}
