package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.PageWalk;
import org.homeward.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * One digit system on the Arabic pages: with {@code homeward.digits.ar=arab}, every role opens every page
 * of the Arabic-text scan's data in Arabic, and no number or date a person reads may be written in
 * Western digits. Codes, references and phone numbers stay as written: a word that holds Latin letters
 * (SY0100, HW-0021619) or stands beside one (CC BY 4.0), and a code or a typed value shown isolated ({@code <bdi>}, {@code <code>}, a
 * {@code .code} element, a Unicode isolate), unless what is isolated is a date or a time.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "homeward.data-dir=target/test-data/arabic-digit-scan",
            "homeward.clean-on-start=true",
            "logging.level.root=WARN",
            "homeward.registration.confirm-very-likely-duplicates=false",
            "homeward.digits.ar=arab"
        })
class ArabicDigitScanIT {

    /** What a person does not read on the page: scripts, styles, the text of a form's fields. */
    private static final Pattern UNREAD =
            Pattern.compile("<script\\b.*?</script>|<style\\b.*?</style>|<textarea\\b.*?</textarea>", Pattern.DOTALL);
    /**
     * Text written as it was typed or stored, read left to right: a typed value ({@code <bdi>}), a
     * code, or an argument between Unicode isolates.
     */
    private static final Pattern AS_WRITTEN = Pattern.compile(
            "<bdi\\b[^>]*>(.*?)</bdi>|<code>(.*?)</code>|<(p|span|td|div)\\b[^>]*class=\"code\"[^>]*>([^<]*)</\\3>"
                    + "|[\\u2066\\u2067\\u2068]([^\\u2069]{1,80})\\u2069",
            Pattern.DOTALL);

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** A date or a time, which follows the page's digits wherever it is written. */
    private static final Pattern DATE_OR_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}:\\d{2}\\b");

    private static final Pattern WESTERN_DIGIT = Pattern.compile("[0-9]");
    private static final Pattern LATIN_LETTER = Pattern.compile("\\p{IsLatin}");

    @Autowired
    WebApplicationContext context;

    @Test
    void everyNumberAndDateOnAnArabicPageIsWrittenInArabicIndicDigits() throws Exception {
        ArabicScanPages scan = ArabicScanPages.seed(context);
        List<String> findings = new ArrayList<>();
        int pagesRead = PageWalk.through(context)
                .walk(
                        List.of(Role.values()),
                        scan::scanUser,
                        () -> scan.pages().stream().map(PageWalk::inArabic).toList(),
                        answer -> answer.isHtml() && !answer.isRedirect(),
                        answer -> {
                            String html = answer.body();
                            westernNumbersIn(html)
                                    .forEach(number -> findings.add(answer.where() + " writes \"" + number + "\" in \""
                                            + inContext(html, number) + "\""));
                        });
        assertThat(pagesRead).as("pages read in Arabic").isGreaterThan(200);
        assertThat(findings)
                .as("Western digits on Arabic pages with homeward.digits.ar=arab")
                .isEmpty();
    }

    @Test
    void theScanFindsANumberOrADateInWesternDigitsAndLetsCodesPhonesAndNamesBe() {
        assertThat(westernNumbersIn("<p>الأسر: 12</p>")).containsExactly("12");
        assertThat(westernNumbersIn("<td dir=\"ltr\">2026-03-15 10:00</td>")).containsExactly("2026-03-15", "10:00");
        assertThat(westernNumbersIn("<span class=\"muted\"><bdi class=\"code\" dir=\"ltr\">2026-03-15</bdi></span>"))
                .containsExactly("2026-03-15");
        assertThat(westernNumbersIn("<p>سجّلها \u2066admin\u2069 في \u20662026-03-15 10:00\u2069</p>"))
                .containsExactly("2026-03-15", "10:00");

        assertThat(westernNumbersIn("<p>الأسر: ١٢ في ٢٠٢٦-٠٣-١٥</p>")).isEmpty();
        assertThat(westernNumbersIn("<td>SY0100</td><td>HW-0021619</td>")).isEmpty();
        assertThat(westernNumbersIn("<bdi class=\"code\" dir=\"ltr\">+963 944 581 207</bdi>"))
                .isEmpty();
        assertThat(westernNumbersIn("<p>الرقم المرجعي \u2066HW-7KQ3MZ9TDZ\u2069</p><bdi>SC7731902</bdi>"))
                .isEmpty();
        assertThat(westernNumbersIn("<script>var n = 12;</script><textarea>12</textarea>"))
                .isEmpty();
        assertThat(westernNumbersIn("<p>الرخصة CC BY 4.0، وتعداد 2004</p>")).containsExactly("2004");
    }

    /** The numbers and dates of the page's readable text written in Western digits. */
    static Set<String> westernNumbersIn(String html) {
        Set<String> found = new LinkedHashSet<>();
        String page = UNREAD.matcher(html).replaceAll(" ");
        Matcher written = AS_WRITTEN.matcher(page);
        StringBuilder read = new StringBuilder();
        while (written.find()) {
            String value =
                    HtmlUtils.htmlUnescape(TAG.matcher(firstGroup(written)).replaceAll(" "));
            Matcher date = DATE_OR_TIME.matcher(value);
            while (date.find()) {
                found.add(date.group());
            }
            written.appendReplacement(read, " ");
        }
        written.appendTail(read);
        String[] tokens =
                HtmlUtils.htmlUnescape(TAG.matcher(read).replaceAll(" ")).trim().split("[\\s\\u00A0]+");
        for (int i = 0; i < tokens.length; i++) {
            if (WESTERN_DIGIT.matcher(tokens[i]).find()
                    && !latin(tokens, i)
                    && !latin(tokens, i - 1)
                    && !latin(tokens, i + 1)) {
                found.add(tokens[i].replaceAll("^[^0-9+]+|[^0-9]+$", ""));
            }
        }
        return found;
    }

    /** Whether the word holds a Latin letter: a code, or a number that is part of one (CC BY 4.0). */
    private static boolean latin(String[] tokens, int index) {
        return index >= 0
                && index < tokens.length
                && LATIN_LETTER.matcher(tokens[index]).find();
    }

    /** The number with the words around it on the page, for a finding to point at. */
    private static String inContext(String html, String number) {
        String text = HtmlUtils.htmlUnescape(
                        TAG.matcher(UNREAD.matcher(html).replaceAll(" ")).replaceAll(" "))
                .replaceAll("\\s+", " ");
        int at = text.indexOf(number);
        return at < 0
                ? number
                : text.substring(Math.max(0, at - 40), Math.min(text.length(), at + number.length() + 40));
    }

    private static String firstGroup(Matcher matcher) {
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (group != 3 && matcher.group(group) != null) {
                return matcher.group(group);
            }
        }
        return "";
    }
}
