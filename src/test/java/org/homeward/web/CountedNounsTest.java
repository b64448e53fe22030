package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message that counts something chooses its words by the count: no "(s)" to leave the reader
 * guessing, and no count placeholder followed by the noun it counts ({@code {0} persons},
 * {@code {0} أسرة}) outside an ICU plural block, which would read "1 persons" or "3 أسرة".
 */
class CountedNounsTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    /** A plural left to the reader: person(s), child(ren), edit(s). */
    private static final Pattern OPTIONAL_ENDING = Pattern.compile("\\p{L}\\((s|es|ren)\\)");

    /** A plain or number argument: what a count is given as, outside a plural block. */
    private static final String ARGUMENT =
            "[\\u2066-\\u2069]?\\{\\s*\\d+\\s*(,\\s*number\\s*(,[^}]*)?)?\\}[\\u2066-\\u2069]?";

    /**
     * English nouns that are counted: the argument, at most two words between (adjectives, not "and",
     * "of", "in"...), then one of them.
     */
    private static final Pattern ENGLISH_COUNT = Pattern.compile(ARGUMENT
            + "\\s+(?:(?!(?i:and|or|of|a|an|the|in|on|at|to|by|for|from|with)\\b)[A-Za-z-]+\\s+){0,2}?(?i:"
            + "persons?|people|households?|members?|individuals?|child|children|adults?|travell?ers?"
            + "|days?|hours?|minutes?|months?|weeks?|years?|seconds?"
            + "|rows?|records?|entries|entry|values?|problems?|proposals?|pairs?|centres?|towns?"
            + "|places|seats?|units?|characters?|needs|intentions?|forms?|edits?|bytes?|steps?|cases?"
            + ")\\b");

    /**
     * Arabic nouns that are counted, in any of their forms (with or without the article, the
     * accusative tanween written either way): the argument, then optionally "من" (of the ...), then one
     * of them.
     */
    private static final Pattern ARABIC_COUNT = Pattern.compile(ARGUMENT
            + "\\s*(?:من\\s+)?(?:ال)?(?:"
            + "شخص|أشخاص|أسرة|أسر|فرد|أفراد|يوم|أيام|ساعة|ساعات|دقيقة|دقائق|شهر|أشهر|سنة|سنوات"
            + "|مركز|مراكز|بلدة|بلدات|سطر|أسطر|صف|صفوف|سجل|سجلات|قيد|قيود|قيمة|قيم|مشكلة|مشكلات"
            + "|اقتراح|اقتراحات|زوج|أزواج|نية|نيات|محرف|محارف|حرف|أحرف|مقعد|مقاعد|وحدة|وحدات"
            + "|مسافر|مسافرين|مسافرون|أطفال|طفل|استمارة|استمارات|احتياجات|حاجة|خطوة|خطوات|بايت|تعديل|تعديلات"
            + ")(?:اً|ًا|ا|ة)?(?![\\p{L}])");

    @Test
    void noMessageCountsANounOutsideAPluralBlock() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path bundle : bundles()) {
            Properties messages = load(bundle);
            for (String key : new TreeSet<>(messages.stringPropertyNames())) {
                problem(
                                messages.getProperty(key),
                                bundle.getFileName().toString().contains("_ar"))
                        .ifPresent(found -> problems.add(bundle.getFileName() + " " + key + ": " + found));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theRuleFindsACountedNounAndAnOptionalEndingInBothLanguagesAndLetsPluralsAndLabelsBe() {
        assertThat(problem("Staying here ({0} households)", false)).contains("{0} households");
        assertThat(problem("{0} waiting records were written", false)).contains("{0} waiting records");
        assertThat(problem("This household has {0} offline edit(s)", false)).isPresent();
        assertThat(problem("{0} travelling child(ren)", false)).isPresent();
        assertThat(problem("Waiting {0,number} days", false)).isPresent();
        assertThat(problem("المقيمون هنا ({0} أسرة)", true)).contains("{0} أسرة");
        assertThat(problem("بقي {0} يوماً", true)).isPresent();
        assertThat(problem("أؤكد أن \u2068{0}\u2069 أسرة", true)).isPresent();
        assertThat(problem("تُعرض أول {0} من أصل {1} صفاً", true)).isPresent();
        assertThat(problem("{0} من المسافرين بلا مقعد", true)).isPresent();

        assertThat(problem("{0, plural, one {# household} other {# households}}", false))
                .isEmpty();
        assertThat(problem("Members ({0})", false)).isEmpty();
        assertThat(problem("{0} of {1}", false)).isEmpty();
        assertThat(problem("Period: {0} to {1}, both days included.", false)).isEmpty();
        assertThat(problem("Member {0} and a person already registered", false)).isEmpty();
        assertThat(problem("(positions {1} in the household)", false)).isEmpty();
        assertThat(problem("{0} km from home; nearest open centre no. {1}", false))
                .isEmpty();
        assertThat(problem("عدد أفراد الأسرة: {0}", true)).isEmpty();
        assertThat(problem("الأسرة {0} محفوظة على هذا الجهاز", true)).isEmpty();
        assertThat(problem("أسرة من {0, plural, zero {لا أحد} one {فرد واحد} other {# فرد}}", true))
                .isEmpty();
    }

    @Test
    void everyPluralBlockNamesEachFormOfItsLanguageAndFormatsEveryCount() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path bundle : bundles()) {
            boolean arabic = bundle.getFileName().toString().contains("_ar");
            Set<String> forms = arabic ? Set.of("zero", "one", "two", "few", "many", "other") : Set.of("one", "other");
            Properties messages = load(bundle);
            for (String key : new TreeSet<>(messages.stringPropertyNames())) {
                String message = messages.getProperty(key);
                if (!message.contains("plural")) {
                    continue;
                }
                MessagePattern pattern = new MessagePattern(message);
                for (int i = 0; i < pattern.countParts(); i++) {
                    MessagePattern.Part part = pattern.getPart(i);
                    if (part.getType() == MessagePattern.Part.Type.ARG_START
                            && part.getArgType().hasPluralStyle()) {
                        Set<String> named = new TreeSet<>();
                        for (int j = i + 1; j < pattern.getLimitPartIndex(i); j++) {
                            if (pattern.getPart(j).getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                                named.add(pattern.getSubstring(pattern.getPart(j)));
                            }
                        }
                        if (!named.containsAll(forms)) {
                            problems.add(bundle.getFileName() + " " + key + " names only " + named);
                        }
                    }
                }
                for (long count : new long[] {0, 1, 2, 3, 11, 100}) {
                    Object[] arguments = new Object[8];
                    java.util.Arrays.fill(arguments, count);
                    String written = new MessageFormat(message, arabic ? ULocale.forLanguageTag("ar") : ULocale.ENGLISH)
                            .format(arguments);
                    if (written.contains("{") || written.contains("#")) {
                        problems.add(bundle.getFileName() + " " + key + " writes " + written);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** What is wrong with one message, or nothing: its text outside plural blocks is searched. */
    static java.util.Optional<String> problem(String message, boolean arabic) {
        Matcher optional = OPTIONAL_ENDING.matcher(message);
        if (optional.find()) {
            return java.util.Optional.of(optional.group());
        }
        Matcher count = (arabic ? ARABIC_COUNT : ENGLISH_COUNT).matcher(outsidePlurals(message));
        return count.find() ? java.util.Optional.of(count.group()) : java.util.Optional.empty();
    }

    /** The message with every plural and select block taken out, as ICU parses it. */
    private static String outsidePlurals(String message) {
        if (!message.contains("plural") && !message.contains("select")) {
            return message;
        }
        MessagePattern pattern = new MessagePattern(message);
        StringBuilder outside = new StringBuilder();
        int from = 0;
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && (part.getArgType().hasPluralStyle() || part.getArgType() == MessagePattern.ArgType.SELECT)) {
                int limit = pattern.getLimitPartIndex(i);
                outside.append(message, from, part.getIndex()).append(" \u2026 ");
                from = pattern.getPart(limit).getLimit();
                i = limit;
            }
        }
        return outside.append(message.substring(from)).toString();
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(file -> file.toString().endsWith(".properties"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStreamReader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
