package org.homeward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AllocateCommandTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void writesTheAssignmentsAndPrintsCostBoundAndGap() throws IOException {
        // Room for 5 persons in R1 (Al-Hasakeh); R2 is closed. H1 (4) and H2 (1) fit, H3 (3) waits.
        Path centres = write("centres.csv", """
                centre_id,pcode,latitude,longitude,capacity_persons,capacity_families,accessible_units,open
                R1,SY080000,,,5,3,1,true
                R2,SY080000,,,100,30,3,false
                """);
        Path households = write("households.csv", """
                household_id,size,accessible_needed,home_pcode,priority
                H1,4,false,SY0800,1
                H2,1,true,SY08,0
                H3,3,false,SY080000,0
                """);
        Path output = folder.resolve("out").resolve("assignments.csv");
        Files.createDirectories(output.getParent());

        int exit = run(
                "--centres", centres.toString(), "--households", households.toString(), "--output", output.toString());

        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("H1,R1,");
        assertThat(lines.get(2)).startsWith("H2,R1,");
        assertThat(lines.get(3)).startsWith("H3,,").endsWith("room_taken");
        assertThat(out.toString()).contains("placed 2 of 3 households, 5 of 8 persons", "lower bound", "gap");
        assertThat(err.toString())
                .contains("reading", "linear relaxation solved", "done")
                .doesNotContain("warning");
    }

    @Test
    void warnsWhenTheWeightsNoLongerPutPeopleFirst() throws IOException {
        Path centres = write("centres.csv", """
                centre_id,pcode,latitude,longitude,capacity_persons,capacity_families,accessible_units,open
                R1,SY080000,,,5,3,1,true
                """);
        Path households = write(
                "households.csv", "household_id,size,accessible_needed,home_pcode,priority\nH1,4,false,SY0800,1\n");

        int exit = run(
                "--centres",
                centres.toString(),
                "--households",
                households.toString(),
                "--output",
                folder.resolve("assignments.csv").toString(),
                "--weight-left-waiting",
                "100");

        assertThat(exit).isZero();
        assertThat(err.toString()).contains("warning: with these weights");
    }

    @Test
    void refusesBadInputWithRowColumnAndReasonAndWritesNothing() throws IOException {
        Path centres = write("centres.csv", """
                centre_id,pcode,latitude,longitude,capacity_persons,capacity_families,accessible_units,open
                R1,SY080000,,,5,3,1,maybe
                """);
        Path households = write(
                "households.csv", "household_id,size,accessible_needed,home_pcode,priority\nH1,4,false,SY0800,1\n");
        Path output = folder.resolve("assignments.csv");

        int exit = run(
                "--centres", centres.toString(), "--households", households.toString(), "--output", output.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("centres.csv row 2, column open: 'maybe' is neither true nor false");
        assertThat(output).doesNotExist();
    }

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new AllocateCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            line.getErr().println("homeward: " + exception.getMessage());
            return exception instanceof CommandFailedException ? 2 : 1;
        });
        return commandLine.execute(args);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }
}
