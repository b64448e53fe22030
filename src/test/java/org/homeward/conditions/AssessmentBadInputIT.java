package org.homeward.conditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every file of the bad-input corpus in {@code src/test/resources/conditions/bad} is refused with
 * the row, column and code listed for it in {@code bad-expected.csv}, and leaves nothing behind.
 */
@HomewardTest
class AssessmentBadInputIT {

    @Autowired
    AssessmentImportService imports;

    @Autowired
    AssessmentRepository repository;

    @Test
    void everyBadFileIsRefusedWithItsRowColumnAndReasonAndWritesNothing() throws Exception {
        Map<String, String[]> expected = expectations();
        List<Path> files = corpus();
        assertThat(files)
                .extracting(file -> file.getFileName().toString())
                .as("every corpus file has an expectation and every expectation a file")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Path file : files) {
            String name = file.getFileName().toString();
            String[] wanted = expected.get(name);
            long before = repository.count();

            AssessmentImportException refused = catchThrowableOfType(
                    AssessmentImportException.class,
                    () -> imports.importFile(Files.readAllBytes(file), "coordinator-bad"));

            assertThat(refused).as(name + " is refused").isNotNull();
            assertThat(refused.problems()).as(name).anySatisfy(problem -> {
                assertThat(problem.row()).as(name + " row").isEqualTo(Integer.parseInt(wanted[1]));
                assertThat(problem.column()).as(name + " column").isEqualTo(wanted[2]);
                assertThat(problem.code().name()).as(name + " code").isEqualTo(wanted[3]);
                assertThat(problem.message()).as(name + " reason").isNotBlank();
            });
            assertThat(repository.count()).as(name + " wrote nothing").isEqualTo(before);
            assertThat(repository.forArea("SY080003"))
                    .as(name + " left no value of its good rows")
                    .isEmpty();
        }
    }

    private static List<Path> corpus() throws URISyntaxException, IOException {
        Path directory = Path.of(
                AssessmentBadInputIT.class.getResource("/conditions/bad").toURI());
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    private static Map<String, String[]> expectations() throws IOException {
        Map<String, String[]> expected = new LinkedHashMap<>();
        try (InputStream in = AssessmentBadInputIT.class.getResourceAsStream("/conditions/bad-expected.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .skip(1)
                    .toList();
            for (String line : lines) {
                String[] fields = line.split(",", -1);
                expected.put(fields[0], fields);
            }
        }
        return expected;
    }
}
