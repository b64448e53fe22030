package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPopulationGeneratorTest {

    private static final LocalDate TODAY = GeneratedPopulation.TODAY;

    @TempDir
    Path temporary;

    @Test
    void sameSeedWritesByteIdenticalFiles() throws IOException {
        Path first = generate(DemoSettings.of(11, TODAY, 8_000), "first");
        Path second = generate(DemoSettings.of(11, TODAY, 8_000), "second");

        assertThat(Files.mismatch(first.resolve("households.csv"), second.resolve("households.csv")))
                .isEqualTo(-1);
        assertThat(Files.mismatch(first.resolve("truth.csv"), second.resolve("truth.csv")))
                .isEqualTo(-1);
        assertThat(Files.size(first.resolve("households.csv"))).isGreaterThan(100_000);
    }

    @Test
    void differentSeedWritesDifferentFiles() throws IOException {
        Path first = generate(DemoSettings.of(11, TODAY, 8_000), "first");
        Path other = generate(DemoSettings.of(12, TODAY, 8_000), "other");

        List<String> firstLines = Files.readAllLines(first.resolve("households.csv"));
        List<String> otherLines = Files.readAllLines(other.resolve("households.csv"));
        assertThat(firstLines.get(0)).isEqualTo(otherLines.get(0));
        long sameLines = firstLines.stream()
                .skip(1)
                .filter(new java.util.HashSet<>(otherLines)::contains)
                .count();
        assertThat(sameLines).isLessThan(firstLines.size() / 100);
    }

    @Test
    void generatesExactlyTheRequestedIndividualsBeforeRepeatedRegistrations() {
        GeneratedPopulation population = GeneratedPopulation.small();

        long persons = population.rows.stream()
                .map(GeneratedPopulation.Row::personId)
                .distinct()
                .count();
        assertThat(persons).isEqualTo(20_000);
        assertThat(population.summary.persons()).isEqualTo(20_000);
        assertThat(population.summary.rows()).isEqualTo(population.rows.size());
        assertThat(population.rows.size()).isGreaterThan(20_000);
    }

    @Test
    void writesTheInterchangeHeaderInOrder() {
        GeneratedPopulation population = GeneratedPopulation.small();

        assertThat(population.headers)
                .containsExactly(
                        "household_key",
                        "individual_key",
                        "registration_site",
                        "return_type",
                        "origin_country",
                        "origin_location",
                        "crossing_point",
                        "destination_pcode",
                        "planned_date",
                        "journey_status",
                        "registered_on",
                        "returned_on",
                        "relationship",
                        "given_name_ar",
                        "given_name_latin",
                        "father_name_ar",
                        "father_name_latin",
                        "grandfather_name_ar",
                        "grandfather_name_latin",
                        "family_name_ar",
                        "family_name_latin",
                        "sex",
                        "date_of_birth",
                        "phone",
                        "document_type",
                        "document_number",
                        "place_of_origin",
                        "specific_needs");
    }

    @Test
    void reportsProgressUpToThePlannedIndividuals() throws IOException {
        List<long[]> reports = new ArrayList<>();
        new DemoPopulationGenerator(DemoSettings.of(3, TODAY, 2_000))
                .generateInto(
                        temporary.resolve("progress"), (done, planned) -> reports.add(new long[] {done, planned}));

        assertThat(reports).isNotEmpty();
        assertThat(reports.get(reports.size() - 1)).containsExactly(2_000, 2_000);
        for (int i = 1; i < reports.size(); i++) {
            assertThat(reports.get(i)[0]).isGreaterThan(reports.get(i - 1)[0]);
        }
    }

    @Test
    void refusesATodayBeforeAnyReturnFigure() {
        DemoSettings tooEarly = DemoSettings.of(1, LocalDate.of(2010, 1, 1), 100);

        assertThatThrownBy(() -> new DemoPopulationGenerator(tooEarly).generateInto(temporary, GenerationProgress.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("later 'today'");
    }

    private Path generate(DemoSettings settings, String name) throws IOException {
        Path directory = temporary.resolve(name);
        new DemoPopulationGenerator(settings).generateInto(directory, GenerationProgress.NONE);
        return directory;
    }
}
