package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.homeward.PageWalk;
import org.homeward.access.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * The Arabic-text scan: with households (one moved on its journey, one registered twice so that a
 * duplicate pair is under review), a centre with a stay, a scanned document, a movement with a household
 * on its manifest and an allocation run, every role opens every page the application maps (and every part
 * of a page, such as the boarding box's household or the centre board's arrival), in Arabic, and the text a person reads may hold no Latin-letter word but the
 * codes, units and names the allow list justifies. Every page must also be right-to-left.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // A database of its own: the allow list knows the scan's data, not what other tests typed.
            "homeward.data-dir=target/test-data/arabic-scan",
            "homeward.clean-on-start=true",
            "logging.level.root=WARN",
            "homeward.registration.confirm-very-likely-duplicates=false"
        })
class ArabicTextScanIT {

    /**
     * What is not read as the page's words: scripts and styles; values people typed (each in a plain
     * {@code <bdi>}, or a choice whose label is its own stored value); codes marked as such (a
     * {@code <code>}, an element of class "code", text between Unicode isolates in a translated
     * sentence), which are written the same in every language.
     */
    private static final Pattern UNREAD = Pattern.compile(
            "<script\\b.*?</script>|<style\\b.*?</style>|<bdi>.*?</bdi>"
                    + "|<textarea\\b.*?</textarea>|<code>.*?</code>|<(bdi|p|span|td|div)\\b[^>]*class=\"code\"[^>]*>[^<]*</\\1>"
                    + "|<option[^>]*value=\"([^\"]*)\"[^>]*>\\s*\\2\\s*</option>",
            Pattern.DOTALL);

    private static final Pattern ISOLATED = Pattern.compile("[\\u2066\\u2067\\u2068][^\\u2069]{1,80}\\u2069");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** Digits and separators of the system not configured (the default, latn, for Arabic pages). */
    private static final Pattern OTHER_DIGITS = Pattern.compile("[\\u0660-\\u066C\\u06F0-\\u06F9]");

    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}");
    /** The Latin names of the people and the usernames this test seeds: people's names are not translated. */
    private static final Set<String> SEEDED_NAMES =
            Set.of("Yaseen", "Omar", "Alfahes", "Adam", "Rana", "Sami", "Halabi", "Scan", "NGO");

    @Autowired
    WebApplicationContext context;

    @Test
    void everyPageInArabicReadsInArabicButForCodesAndNames() throws Exception {
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
                            String where =
                                    answer.where() + " (" + answer.response().getStatus() + ")";
                            if (html.contains("<html")
                                    && !Pattern.compile("<html[^>]*dir=\"rtl\"")
                                            .matcher(html)
                                            .find()) {
                                findings.add(where + " is not right-to-left");
                            }
                            englishWordsIn(html).forEach(word -> findings.add(where + " shows \"" + word + "\""));
                            if (OTHER_DIGITS.matcher(readableText(html)).find()) {
                                findings.add(where
                                        + " mixes Arabic-Indic digits into Western ones (homeward.digits.ar is latn)");
                            }
                        });
        assertThat(pagesRead).as("pages read in Arabic").isGreaterThan(200);
        assertThat(findings).as("English words on Arabic pages").isEmpty();
    }

    /** The Latin-letter words of the page's readable text that are neither codes nor allowed words. */
    static Set<String> englishWordsIn(String html) {
        String text = ISOLATED.matcher(readableText(html)).replaceAll(" ");
        Set<String> words = new LinkedHashSet<>();
        for (String token : text.split("[\\s\\u00A0]+")) {
            String word = token.replaceAll("^[^\\p{L}\\p{N}#+]+|[^\\p{L}\\p{N}]+$", "");
            if (LATIN_WORD.matcher(word).find()
                    && !ArabicScanAllowList.allows(word)
                    && !SEEDED_NAMES.contains(word)
                    && !word.startsWith("arabic-scan")) {
                words.add(word);
            }
        }
        return words;
    }

    /** The text of the page a person reads, values people typed and codes aside. */
    static String readableText(String html) {
        return HtmlUtils.htmlUnescape(
                TAG.matcher(UNREAD.matcher(html).replaceAll(" ")).replaceAll(" "));
    }
}
