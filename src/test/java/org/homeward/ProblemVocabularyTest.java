package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.junit.jupiter.api.Test;

/**
 * The problem vocabulary keeps one shape: no feature outside {@code web} says which HTTP status a
 * problem is answered with, one word means one thing across the features' code enums, a code the
 * pages can put into words has them in English and Arabic, and no problem carries its code as a string.
 */
class ProblemVocabularyTest {

    private static final Path SOURCES = Path.of("src/main/java/org/homeward");
    private static final Path CLASSES = Path.of("target/classes");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    /** A status given as a number where a problem is made: the first argument of an exception or a refusal. */
    private static final Pattern STATUS_ARGUMENT =
            Pattern.compile("(?:new \\w+Exception|\\brefused|\\bProblemException)\\(\\s*[45]\\d\\d\\s*[,)]");

    private static final Pattern PROBLEM_KEY = Pattern.compile("^problem\\.([A-Z][A-Z0-9_]*)$");

    @Test
    void noProblemOutsideWebDeclaresAnHttpStatus() throws IOException, ClassNotFoundException {
        List<String> found = new ArrayList<>();
        for (Class<?> type : compiledClasses()) {
            if (!ProblemException.class.isAssignableFrom(type)
                    || type.getPackageName().startsWith("org.homeward.web")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().toLowerCase(java.util.Locale.ROOT).contains("status")
                        || method.getName().equals("headers")) {
                    found.add(type.getName() + "." + method.getName() + "()");
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().toLowerCase(java.util.Locale.ROOT).contains("status")
                        && !Modifier.isStatic(field.getModifiers())) {
                    found.add(type.getName() + "." + field.getName() + " (a status where a kind belongs)");
                }
            }
        }
        for (Path source : sourcesOutsideWeb()) {
            String text = Files.readString(source);
            Matcher status = STATUS_ARGUMENT.matcher(text);
            while (status.find()) {
                found.add(source + ": " + status.group());
            }
            if (text.contains("extends ProblemException") && text.contains("org.springframework.http")) {
                found.add(source + " is a problem that speaks HTTP");
            }
        }
        assertThat(found).as("problems outside web that name an HTTP status").isEmpty();
    }

    @Test
    void oneWordIsACodeOfOneVocabularyOnly() throws IOException, ClassNotFoundException {
        Map<String, Set<String>> owners = new TreeMap<>();
        for (Class<?> vocabulary : vocabularies()) {
            for (Object code : vocabulary.getEnumConstants()) {
                owners.computeIfAbsent(((ProblemCode) code).name(), word -> new TreeSet<>())
                        .add(vocabulary.getSimpleName());
            }
        }
        assertThat(owners).as("the shared vocabulary and the features' own").isNotEmpty();
        List<String> twice = owners.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .map(entry -> entry.getKey() + " in " + entry.getValue())
                .toList();
        assertThat(twice)
                .as("a word used by several features belongs in CommonProblemCode")
                .isEmpty();
    }

    @Test
    void everyVocabularyIsAnEnumOfItsFeature() throws IOException, ClassNotFoundException {
        List<String> astray = new ArrayList<>();
        for (Class<?> vocabulary : vocabularies()) {
            String feature = vocabulary.getPackageName().replace("org.homeward.", "");
            if (feature.contains(".") || !vocabulary.getSimpleName().endsWith("ProblemCode")) {
                astray.add(vocabulary.getName());
            }
        }
        assertThat(astray).as("problem codes kept outside a feature's own enum").isEmpty();
    }

    @Test
    void everyCodeWithWordsOnThePagesHasThemInEnglishAndArabic() throws IOException, ClassNotFoundException {
        Set<String> english = problemKeys(false);
        Set<String> arabic = problemKeys(true);
        Set<String> words = new TreeSet<>();
        for (Class<?> vocabulary : vocabularies()) {
            for (Object code : vocabulary.getEnumConstants()) {
                words.add(((ProblemCode) code).name());
            }
        }
        List<String> halfSaid = new ArrayList<>();
        for (String word : words) {
            if (english.contains(word) != arabic.contains(word)) {
                halfSaid.add(word + (english.contains(word) ? " has no Arabic text" : " has no English text"));
            }
        }
        assertThat(words.stream().filter(english::contains))
                .as("codes the pages put into words")
                .isNotEmpty();
        assertThat(halfSaid).isEmpty();
    }

    @Test
    void noProblemOutsideProblemsCarriesItsCodeAsText() throws IOException, ClassNotFoundException {
        List<String> found = new ArrayList<>();
        for (Class<?> type : compiledClasses()) {
            if (type.getPackageName().equals("org.homeward.problems") || !speaksOfAProblem(type)) {
                continue;
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (isCodeAsText(component.getName(), component.getType())) {
                        found.add(type.getName() + "(" + component.getName() + ")");
                    }
                }
            } else {
                for (Field field : type.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && isCodeAsText(field.getName(), field.getType())) {
                        found.add(type.getName() + "." + field.getName());
                    }
                }
            }
        }
        assertThat(found)
                .as("a problem's code is a constant of a vocabulary enum, never a String")
                .isEmpty();
    }

    /** A problem record or exception: a type whose name says problem, refusal or fault, or any throwable. */
    private static boolean speaksOfAProblem(Class<?> type) {
        String name = type.getSimpleName();
        return Throwable.class.isAssignableFrom(type)
                || name.contains("Problem")
                || name.contains("Refusal")
                || name.equals("Fault");
    }

    private static boolean isCodeAsText(String name, Class<?> type) {
        return type == String.class && (name.equals("code") || name.equals("problemCode"));
    }

    /** The words of {@code problem.<CODE>} keys with a text, in the English bundles or in the Arabic ones. */
    private static Set<String> problemKeys(boolean arabic) throws IOException {
        Set<String> words = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(file -> file.toString().endsWith(".properties"))
                    .filter(file -> file.getFileName().toString().endsWith("_ar.properties") == arabic)
                    .toList()) {
                Properties texts = new Properties();
                try (InputStreamReader reader =
                        new InputStreamReader(Files.newInputStream(bundle), StandardCharsets.UTF_8)) {
                    texts.load(reader);
                }
                for (String key : texts.stringPropertyNames()) {
                    Matcher problem = PROBLEM_KEY.matcher(key);
                    if (problem.matches() && !texts.getProperty(key).isBlank()) {
                        words.add(problem.group(1));
                    }
                }
            }
        }
        return words;
    }

    private static List<Class<?>> vocabularies() throws IOException, ClassNotFoundException {
        List<Class<?>> vocabularies = new ArrayList<>();
        for (Class<?> type : compiledClasses()) {
            if (type.isEnum() && ProblemCode.class.isAssignableFrom(type)) {
                vocabularies.add(type);
            }
        }
        return vocabularies;
    }

    private static List<Class<?>> compiledClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES.resolve("org/homeward"))) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace(java.io.File.separatorChar, '.');
                if (name.contains("package-info")) {
                    continue;
                }
                classes.add(Class.forName(
                        name.substring(0, name.length() - ".class".length()),
                        false,
                        ProblemVocabularyTest.class.getClassLoader()));
            }
        }
        return classes;
    }

    private static List<Path> sourcesOutsideWeb() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.startsWith(SOURCES.resolve("web")))
                    .toList();
        }
    }
}
