package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
import org.homeward.access.AuditAction;
import org.junit.jupiter.api.Test;

/**
 * The check that audit actions and history event types are words of each feature's enums, never
 * strings typed at the call site. It reads the Java sources: the first argument of every audit entry
 * made, and the arguments of every call that writes a history event, must hold no string literal (nor,
 * for actions, a string constant); the enums that implement {@link AuditAction} must not share a name
 * across features, and each of their actions has a label for the audit pages in English and Arabic.
 */
class AuditVocabularyTest {

    private static final Path SOURCES = Path.of("src/main/java/org/homeward");
    private static final Pattern AUDIT_ENTRY = Pattern.compile("(?:new AuditEntry|AuditEntry\\.of)\\(");
    /** The calls that write a history event: the features' history writers and their event rows. */
    private static final Pattern HISTORY_WRITE =
            Pattern.compile("(?:\\bhistory\\.record|\\bevent|\\.recordEvent|new HistoryNote)\\(");
    /** A literal that reads as a word of a vocabulary: upper case and underscores, such as {@code "BOOKED"}. */
    private static final Pattern VOCABULARY_LITERAL = Pattern.compile("\"[A-Z][A-Z0-9_]*\"");

    private static final Pattern STRING_CONSTANT = Pattern.compile("\\bString\\s+([A-Z][A-Z0-9_]*)\\s*=");
    private static final Pattern ACTION_ENUM = Pattern.compile("\\benum\\s+(\\w+)\\s+implements\\s+AuditAction\\b");

    @Test
    void auditActionsArePassedAsEnumConstants() {
        List<String> typed = new ArrayList<>();
        sources().forEach(file -> {
            String code = read(file);
            Set<String> constants = matches(STRING_CONSTANT, code);
            for (CallSite call : calls(file, code, AUDIT_ENTRY)) {
                String action = call.arguments().get(0).strip();
                if (action.contains("\"") || constants.contains(action)) {
                    typed.add(call + ": " + action);
                }
            }
        });
        assertThat(typed)
                .as("audit actions typed as strings; use the feature's enum that implements AuditAction")
                .isEmpty();
    }

    @Test
    void historyEventTypesArePassedAsEnumConstants() {
        List<String> typed = new ArrayList<>();
        sources().forEach(file -> {
            String code = read(file);
            for (CallSite call : calls(file, code, HISTORY_WRITE)) {
                for (String argument : call.arguments()) {
                    if (VOCABULARY_LITERAL.matcher(withoutNestedCalls(argument)).find()) {
                        typed.add(call + ": " + argument.strip());
                    }
                }
            }
        });
        assertThat(typed)
                .as("history event types typed as strings; use the history's enum of event types")
                .isEmpty();
    }

    @Test
    void noTwoFeaturesNameTheSameAuditAction() throws ClassNotFoundException {
        Map<String, String> ownerOfAction = new TreeMap<>();
        List<String> clashes = new ArrayList<>();
        List<String> enums = actionEnums();
        assertThat(enums).as("enums implementing AuditAction").hasSizeGreaterThan(5);
        for (String name : enums) {
            for (Object constant : Class.forName(name).getEnumConstants()) {
                String action = ((AuditAction) constant).name();
                String earlier = ownerOfAction.putIfAbsent(action, name);
                if (earlier != null) {
                    clashes.add(action + " in " + earlier + " and " + name);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void everyAuditActionHasALabelInEnglishAndArabic() throws ClassNotFoundException {
        Properties english = bundle("i18n/access.properties");
        Properties arabic = bundle("i18n/access_ar.properties");
        Set<String> unlabelled = new TreeSet<>();
        for (String name : actionEnums()) {
            for (Object constant : Class.forName(name).getEnumConstants()) {
                String key = "audit." + ((AuditAction) constant).name();
                if (!english.containsKey(key) || !arabic.containsKey(key)) {
                    unlabelled.add(key);
                }
            }
        }
        assertThat(unlabelled)
                .as("labels missing from access.properties or access_ar.properties")
                .isEmpty();
    }

    /** A call found in the sources: where it is and its top-level arguments as written. */
    private record CallSite(Path file, int line, List<String> arguments) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line;
        }
    }

    private static List<CallSite> calls(Path file, String code, Pattern opening) {
        List<CallSite> found = new ArrayList<>();
        Matcher call = opening.matcher(code);
        while (call.find()) {
            int line = (int) code.substring(0, call.start())
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
            List<String> arguments = arguments(code, call.end());
            if (!arguments.isEmpty()) {
                found.add(new CallSite(file, line, arguments));
            }
        }
        return found;
    }

    /** The top-level arguments of the call whose parenthesis opens just before {@code start}. */
    private static List<String> arguments(String code, int start) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder argument = new StringBuilder();
        for (int i = start; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quoted) {
                quoted = c != '"' || code.charAt(i - 1) == '\\';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '{' || c == '[') {
                depth++;
            } else if ((c == ')' || c == '}' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ')' || (c == ',' && depth == 0)) {
                if (!argument.toString().isBlank()) {
                    arguments.add(argument.toString());
                }
                if (c == ')') {
                    return arguments;
                }
                argument.setLength(0);
                continue;
            }
            argument.append(c);
        }
        return arguments;
    }

    /** The argument without what it passes to calls of its own (details maps hold words that are no types). */
    private static String withoutNestedCalls(String argument) {
        StringBuilder outer = new StringBuilder();
        int depth = 0;
        for (char c : argument.toCharArray()) {
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0) {
                outer.append(c);
            }
        }
        return outer.toString();
    }

    private static List<String> actionEnums() {
        List<String> names = new ArrayList<>();
        sources().forEach(file -> {
            Matcher declared = ACTION_ENUM.matcher(read(file));
            while (declared.find()) {
                String feature = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
                names.add("org.homeward." + feature + "." + declared.group(1));
            }
        });
        return names;
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> matches(Pattern pattern, String code) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(code);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = AuditVocabularyTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
