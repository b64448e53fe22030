package org.homeward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.homeward.HomewardApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import picocli.CommandLine;

class CommandLineHelpTest {

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(HomewardCommandLine.run(HomewardApplication.class, args)).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theTopLevelHelpListsEveryCommand() {
        String help = run("--help");
        CommandLine root = new CommandLine(new HomewardCommand());
        assertThat(root.getSubcommands()).isNotEmpty();
        for (String command : root.getSubcommands().keySet()) {
            assertThat(help).contains(command);
        }
    }

    static java.util.stream.Stream<String> commands() {
        return new CommandLine(new HomewardCommand()).getSubcommands().keySet().stream();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("commands")
    void everyOptionOfEveryCommandIsExplained(String command) {
        CommandLine line =
                new CommandLine(new HomewardCommand()).getSubcommands().get(command);
        check(line);
        assertThat(run(command, "--help")).contains("Usage: homeward " + command);
    }

    private static void check(CommandLine line) {
        for (CommandLine.Model.OptionSpec option : line.getCommandSpec().options()) {
            assertThat(String.join(" ", option.description()))
                    .as(line.getCommandName() + " " + option.longestName())
                    .isNotBlank();
        }
        for (CommandLine.Model.PositionalParamSpec parameter :
                line.getCommandSpec().positionalParameters()) {
            assertThat(String.join(" ", parameter.description()))
                    .as(line.getCommandName() + " " + parameter.paramLabel())
                    .isNotBlank();
        }
        line.getSubcommands().values().forEach(CommandLineHelpTest::check);
    }
}
