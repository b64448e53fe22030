package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** The messages' plural forms and digits, read from the application's own bundles. */
class IcuMessageSourceTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    @AfterEach
    void forgetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static IcuMessageSource messages(String arabicDigits) {
        IcuMessageSource messages = new IcuMessageSource(new LocalFormats(new DigitProperties(arabicDigits)));
        messages.setBasenames(
                "i18n/messages", "i18n/reception", "i18n/printing", "i18n/documentation", "i18n/access", "i18n/places");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static String persons(IcuMessageSource messages, Object count, Locale locale) {
        return messages.getMessage("reception.board.persons", new Object[] {count}, locale);
    }

    @Test
    void arabicHasItsSixPluralForms() {
        IcuMessageSource messages = messages("latn");
        assertThat(persons(messages, 0, ARABIC)).isEqualTo("لا أحد");
        assertThat(persons(messages, 1, ARABIC)).isEqualTo("شخص واحد");
        assertThat(persons(messages, 2, ARABIC)).isEqualTo("شخصان");
        assertThat(persons(messages, 3, ARABIC)).isEqualTo("3 أشخاص");
        assertThat(persons(messages, 11, ARABIC)).isEqualTo("11 شخصًا");
        assertThat(persons(messages, 100, ARABIC)).isEqualTo("100 شخص");
    }

    @Test
    void englishSaysOnePersonAndTwoPersons() {
        IcuMessageSource messages = messages("latn");
        assertThat(persons(messages, 1, Locale.ENGLISH)).isEqualTo("1 person");
        assertThat(persons(messages, 2, Locale.ENGLISH)).isEqualTo("2 persons");
        assertThat(messages.getMessage("print.manifest.totals", new Object[] {1, 3}, Locale.ENGLISH))
                .isEqualTo("1 household, 3 persons");
    }

    @Test
    void theCountsOfTheBoardTheSearchAndTheDeadlinesAgreeWithTheirNouns() {
        IcuMessageSource messages = messages("latn");
        assertThat(messages.getMessage("reception.board.residents", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("Staying here (1 household)");
        assertThat(messages.getMessage("reception.board.residents", new Object[] {"3"}, ARABIC))
                .isEqualTo("المقيمون هنا (3 أسر)");
        assertThat(messages.getMessage("reception.board.residents", new Object[] {2}, ARABIC))
                .isEqualTo("المقيمون هنا (أسرتان)");
        assertThat(messages.getMessage("search.count", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("1 matching person");
        assertThat(messages.getMessage("search.count", new Object[] {3}, ARABIC))
                .isEqualTo("3 أشخاص مطابقين");
        assertThat(messages.getMessage("documentation.deadline.RUNNING", new Object[] {1L}, Locale.ENGLISH))
                .isEqualTo("1 day left");
        assertThat(messages.getMessage("documentation.deadline.RUNNING", new Object[] {11L}, ARABIC))
                .isEqualTo("بقي 11 يومًا");
        assertThat(messages("arab").getMessage("documentation.deadline.RUNNING", new Object[] {"5"}, ARABIC))
                .isEqualTo("بقيت ٥ أيام");
    }

    @Test
    void aCountPassedAsTextChoosesItsFormToo() {
        assertThat(persons(messages("latn"), "2", ARABIC)).isEqualTo("شخصان");
        assertThat(persons(messages("latn"), "1", Locale.ENGLISH)).isEqualTo("1 person");
    }

    @Test
    void arabicNumbersTakeTheConfiguredDigitsAndEnglishKeepsWesternOnes() {
        assertThat(persons(messages("arab"), 1234, ARABIC)).isEqualTo("١٬٢٣٤ شخصًا");
        assertThat(persons(messages("latn"), 1234, ARABIC)).isEqualTo("1,234 شخصًا");
        assertThat(persons(messages("arab"), 1234, Locale.ENGLISH)).isEqualTo("1,234 persons");
    }

    @Test
    void withArabicIndicDigitsTheNumbersASentenceHoldsAndTheDatesItIsGivenFollowThemButCodesDoNot() {
        IcuMessageSource arab = messages("arab");
        assertThat(arab.getMessage("account.password.help", null, ARABIC)).startsWith("١٢ حرفًا");
        assertThat(arab.getMessage("account.password.help", null, Locale.ENGLISH))
                .startsWith("At least 12");
        assertThat(messages("latn").getMessage("account.password.help", null, ARABIC))
                .startsWith("12 حرفًا");
        assertThat(arab.getMessage("places.source", null, ARABIC))
                .contains("CC BY 4.0")
                .contains("٢٠٠٤")
                .doesNotContain("2004");
        assertThat(arab.getMessage(
                        "reception.forecast.span", new Object[] {"2026-03-15", LocalDate.of(2026, 4, 1)}, ARABIC))
                .contains("٢٠٢٦-٠٣-١٥")
                .contains("٢٠٢٦-٠٤-٠١")
                .doesNotContainPattern("[0-9]");
        assertThat(ArabicIndicDigits.ifNumberOrDate("1, 3")).isEqualTo("١, ٣");
        assertThat(arab.getMessage("reception.board.notFound", new Object[] {"HW-0021619"}, ARABIC))
                .contains("HW-0021619");
        assertThat(ArabicIndicDigits.inSentence("{10} من 1,000,000 و{0, plural, one {# قيد} other {# قيد}} UTF-8"))
                .isEqualTo("{10} من ١٬٠٠٠٬٠٠٠ و{0, plural, one {# قيد} other {# قيد}} UTF-8");
    }

    @Test
    void theFormatterWritesNumbersDatesAndSharesInOneDigitSystem() {
        LocalFormats arab = new LocalFormats(new DigitProperties("arab"));
        LocaleContextHolder.setLocale(ARABIC);
        assertThat(arab.number(12500)).isEqualTo("١٢٬٥٠٠");
        assertThat(arab.percent(0.25)).contains("٢٥").doesNotContainPattern("[0-9]");
        assertThat(arab.date(LocalDate.of(2026, 3, 15))).contains("٢٠٢٦").doesNotContainPattern("[0-9]");
        assertThat(arab.digits("2026-03-15")).isEqualTo("٢٠٢٦-٠٣-١٥");
        assertThat(arab.languageTag()).isEqualTo("ar-u-nu-arab");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(arab.number(12500)).isEqualTo("12,500");
        assertThat(arab.languageTag()).isEqualTo("en-u-nu-latn");
    }

    @Test
    void theRequestLocaleMakesTheJdkFormattersWriteTheConfiguredDigits() {
        Locale latin = WebConfiguration.withDigits(ARABIC, "latn");
        Locale arabic = WebConfiguration.withDigits(ARABIC, "arab");
        assertThat(latin.getLanguage()).isEqualTo("ar");
        assertThat(java.text.NumberFormat.getIntegerInstance(latin).format(300000))
                .isEqualTo("300,000");
        assertThat(java.text.NumberFormat.getIntegerInstance(arabic).format(300000))
                .isEqualTo("٣٠٠٬٠٠٠");
        assertThat(java.text.NumberFormat.getIntegerInstance(WebConfiguration.withDigits(Locale.ENGLISH, "arab"))
                        .format(3000))
                .isEqualTo("3,000");
    }

    @Test
    void refusesADigitSystemItDoesNotKnow() {
        assertThatThrownBy(() -> new DigitProperties("hindi")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DigitProperties(null).ar()).isEqualTo("latn");
    }
}
