package org.homeward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.homeward.HomewardApplication;
import org.homeward.statistics.HandMadeRegistry;
import org.homeward.statistics.StatisticsTestApplication;
import org.homeward.statistics.hxl.HxlValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code figures export} against a running Homeward, as an information manager would run it. */
class FiguresCommandIT {

    @BeforeAll
    static void running() throws Exception {
        StatisticsTestApplication.get();
        HandMadeRegistry.load();
        ApplicationStarter.applicationClass = HomewardApplication.class;
    }

    private static int run(ByteArrayOutputStream errors, String... arguments) {
        CommandLine line = new CommandLine(new FiguresCommand());
        line.setErr(new PrintWriter(errors, true));
        line.setExecutionExceptionHandler((exception, command, parsed) -> {
            command.getErr().println(exception.getMessage());
            return exception instanceof CommandFailedException ? 2 : 1;
        });
        return line.execute(arguments);
    }

    @Test
    void exportsHxlByGovernorateAndMonth() throws Exception {
        Path output = Files.createDirectories(Path.of("target/test-data")).resolve("figures-cli.csv");
        Files.deleteIfExists(output);
        int code = run(
                new ByteArrayOutputStream(),
                "export",
                "--data-dir",
                StatisticsTestApplication.DATA_DIRECTORY.toString(),
                "--format",
                "hxl",
                "--output",
                output.toString(),
                "--by",
                "adm1",
                "--by",
                "month",
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31");
        assertThat(code).isZero();
        String csv = Files.readString(output);
        assertThat(new HxlValidator().validate(new StringReader(csv))).isEmpty();
        assertThat(csv.split("\r\n")[1]).startsWith("#adm1+name,#adm1+code,#date,#affected+returnees+ind");
        assertThat(csv.split("\r\n")).hasSize(2 + 14 * 12);
        assertThat(java.nio.file.Files.getPosixFilePermissions(output))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void writesNothingWhenAnOptionIsWrong() throws Exception {
        Path output = Path.of("target/test-data/figures-cli-wrong.json");
        Files.deleteIfExists(output);
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = run(
                errors,
                "export",
                "--data-dir",
                StatisticsTestApplication.DATA_DIRECTORY.toString(),
                "--format",
                "json",
                "--output",
                output.toString(),
                "--by",
                "adm1,sex");
        assertThat(code).isEqualTo(2);
        assertThat(errors.toString()).contains("--by");
        assertThat(output).doesNotExist();
    }

    @Test
    void explainsEveryOption() {
        CommandLine export =
                new CommandLine(new FiguresCommand()).getSubcommands().get("export");
        for (CommandLine.Model.OptionSpec option : export.getCommandSpec().options()) {
            assertThat(String.join(" ", option.description()))
                    .as(option.longestName())
                    .isNotBlank();
        }
        assertThat(export.getUsageMessage()).contains("--format", "--output", "--by", "hxl|xlsx|json");
    }
}
