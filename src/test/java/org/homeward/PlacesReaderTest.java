package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The check that places has the one reader of the places reference files and the one great-circle
 * distance. It reads the Java source of every other feature and fails on any line that names a
 * reference file or works a haversine itself ({@code toRadians}, the earth's radius {@code 6371}),
 * because each copy drifted before: five readers, three formulas, two radii.
 */
class PlacesReaderTest {

    private static final Path FEATURES = Path.of("src/main/java/org/homeward");
    private static final Path PLACES = FEATURES.resolve("places");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "places/[\\w-]+\\.(json|csv)" // a path into the reference folder
                    + "|\\b(governorates|districts|subdistricts)\\.json"
                    + "|\\baliases-added\\.csv|\\bcountries\\.csv"
                    + "|\\btoRadians\\b|\\b6371(\\.\\d+)?\\b");

    @Test
    void noClassOutsidePlacesReadsTheReferenceFilesOrMeasuresTheEarthItself() {
        List<String> found = new ArrayList<>();
        for (Path file : javaFilesOutsidePlaces()) {
            found.addAll(offences(FEATURES.relativize(file).toString(), read(file)));
        }
        assertThat(found)
                .as("ask org.homeward.places (PlaceLookup, PlaceCodes, GeoPoint) instead")
                .isEmpty();
    }

    @Test
    void theScanFindsEachKindOfOffence() {
        assertThat(offences("A.java", "InputStream in = open(\"/places/subdistricts.json\");"))
                .hasSize(1);
        assertThat(offences("A.java", "for (String f : List.of(\"governorates.json\", \"districts.json\")) {"))
                .hasSize(1);
        assertThat(offences("A.java", "double phi = Math.toRadians(latitude);")).hasSize(1);
        assertThat(offences("A.java", "double earthRadius = 6371.0;")).hasSize(1);
        assertThat(offences("A.java", "String resource = \"/demo/crossings.csv\"; String route = \"/places/search\";"))
                .as("the demo's own crossing weights and a web address are no reference file")
                .isEmpty();
    }

    @Test
    void theScanCoversTheFeaturesButNotPlacesItself() {
        List<Path> files = javaFilesOutsidePlaces();
        assertThat(files).anySatisfy(file -> assertThat(file.toString()).contains("reception"));
        assertThat(files)
                .noneSatisfy(file -> assertThat(file.startsWith(PLACES)).isTrue());
    }

    private static List<String> offences(String file, String source) {
        List<String> offences = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = FORBIDDEN.matcher(lines[i]);
            if (matcher.find()) {
                offences.add(file + ":" + (i + 1) + " " + matcher.group());
            }
        }
        return offences;
    }

    private static List<Path> javaFilesOutsidePlaces() {
        try (Stream<Path> paths = Files.walk(FEATURES)) {
            return paths.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.startsWith(PLACES))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
