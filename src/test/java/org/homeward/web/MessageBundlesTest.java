package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every feature's words exist in English and Arabic: each bundle in {@code i18n/} has an Arabic twin
 * with the same keys, no Arabic text is left empty, and every bundle is one the application loads.
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");

    @Test
    void everyEnglishKeyHasAnArabicTextAndNoArabicKeyIsOrphaned() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            String name = english.getFileName().toString().replace(".properties", "");
            Path arabic = BUNDLES.resolve(name + "_ar.properties");
            if (!Files.exists(arabic)) {
                problems.add(name + " has no Arabic bundle");
                continue;
            }
            Properties en = load(english);
            Properties ar = load(arabic);
            Set<String> missing = new TreeSet<>(en.stringPropertyNames());
            missing.removeAll(ar.stringPropertyNames());
            Set<String> orphaned = new TreeSet<>(ar.stringPropertyNames());
            orphaned.removeAll(en.stringPropertyNames());
            missing.forEach(key -> problems.add(name + ": no Arabic for " + key));
            orphaned.forEach(key -> problems.add(name + ": Arabic only " + key));
            ar.stringPropertyNames().stream()
                    .filter(key -> ar.getProperty(key).isBlank())
                    .forEach(key -> problems.add(name + ": empty Arabic text for " + key));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theApplicationLoadsEveryBundle() throws IOException {
        String configuration = Files.readString(Path.of("src/main/resources/application.yml"));
        String basenames = configuration
                .lines()
                .filter(line -> line.trim().startsWith("basename:"))
                .findFirst()
                .orElseThrow()
                .split(":", 2)[1]
                .trim();
        Set<String> loaded = new TreeSet<>(List.of(basenames.split(",")));
        Set<String> present = new TreeSet<>();
        for (Path english : englishBundles()) {
            present.add("i18n/" + english.getFileName().toString().replace(".properties", ""));
        }
        assertThat(loaded).isEqualTo(present);
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(file -> file.toString().endsWith(".properties"))
                    .filter(file -> !file.getFileName().toString().contains("_"))
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
