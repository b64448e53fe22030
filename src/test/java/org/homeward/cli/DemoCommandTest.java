package org.homeward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {

    @TempDir
    Path temporary;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Path> imported = new ArrayList<>();

    /** The command with its import hook recorded instead of run. */
    private CommandLine commandLine() {
        DemoCommand command = new DemoCommand() {
            @Override
            void importGeneratedHouseholds(Path householdsFile) {
                imported.add(householdsFile);
            }
        };
        command.locale = Locale.ENGLISH;
        CommandLine commandLine = new CommandLine(command);
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine;
    }

    @Test
    void writesBothFilesWithProgressAndASummaryWithoutImportingWhenOutputOnly() throws Exception {
        Path directory = temporary.resolve("files");

        int exit = commandLine()
                .execute(
                        "--individuals",
                        "1500",
                        "--seed",
                        "4",
                        "--today",
                        "2026-03-15",
                        "--output",
                        directory.toString(),
                        "--output-only");

        assertThat(exit).isZero();
        assertThat(Files.readAllLines(directory.resolve("households.csv")).get(0))
                .startsWith("household_key,");
        assertThat(Files.readAllLines(directory.resolve("truth.csv")).get(0)).isEqualTo("individual_key,person_id");
        assertThat(err.toString()).contains("100%").contains("1,500 of 1,500 individuals");
        assertThat(out.toString())
                .contains("for 1,500 people")
                .contains(directory.resolve("truth.csv").toString());
        assertThat(imported).isEmpty();
    }

    @Test
    void importsTheGeneratedHouseholdsFileUnlessOutputOnly() {
        Path directory = temporary.resolve("import");

        int exit =
                commandLine().execute("--households", "200", "--today", "2026-03-15", "--output", directory.toString());

        assertThat(exit).isZero();
        assertThat(imported).containsExactly(directory.resolve("households.csv"));
    }

    @Test
    void sameSeedAndDayGiveTheSameFiles() throws Exception {
        Path first = temporary.resolve("first");
        Path second = temporary.resolve("second");
        commandLine()
                .execute(
                        "--households",
                        "100",
                        "--seed",
                        "9",
                        "--today",
                        "2025-12-01",
                        "--output",
                        first.toString(),
                        "--output-only");
        commandLine()
                .execute(
                        "--households",
                        "100",
                        "--seed",
                        "9",
                        "--today",
                        "2025-12-01",
                        "--output",
                        second.toString(),
                        "--output-only");

        assertThat(Files.mismatch(first.resolve("households.csv"), second.resolve("households.csv")))
                .isEqualTo(-1);
    }

    @Test
    void refusesBothSizesAtOnceAndATodayBeforeTheFigures() {
        assertThat(commandLine().execute("--households", "10", "--individuals", "10", "--output-only"))
                .isNotZero();
        assertThat(commandLine()
                        .execute(
                                "--individuals",
                                "10",
                                "--today",
                                "2010-01-01",
                                "--output",
                                temporary.toString(),
                                "--output-only"))
                .isNotZero();
        assertThat(err.toString()).contains("later 'today'");
    }

    @Test
    void helpDocumentsEveryOption() {
        assertThat(new CommandLine(new DemoCommand()).getUsageMessage())
                .contains(
                        "--households",
                        "--individuals",
                        "--seed",
                        "--today",
                        "--duplicate-share",
                        "--output",
                        "--output-only",
                        "--data-dir");
    }
}
