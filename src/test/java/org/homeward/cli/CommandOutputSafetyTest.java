package org.homeward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The files the allocate and dedup commands write: no cell a spreadsheet would run, readable by their owner only. */
class CommandOutputSafetyTest {

    private static final String OWNER_ONLY = "rw-------";

    @TempDir
    Path folder;

    @Test
    void allocateQuotesFormulaLookingIdsAndWritesOwnerOnly() throws Exception {
        Path centres = Files.writeString(folder.resolve("centres.csv"), """
                centre_id,pcode,latitude,longitude,capacity_persons,capacity_families,accessible_units,open
                -R1,SY080000,,,5,3,1,true
                """);
        Path households = Files.writeString(folder.resolve("households.csv"), """
                household_id,size,accessible_needed,home_pcode,priority
                =1+1,4,false,SY0800,1
                @H2,1,true,SY08,0
                +H3,3,false,SY080000,0
                """);
        Path output = folder.resolve("assignments.csv");
        CommandLine command = new CommandLine(new AllocateCommand());
        command.setOut(new PrintWriter(new StringWriter()));
        command.setErr(new PrintWriter(new StringWriter()));
        assertThat(command.execute(
                        "--centres",
                        centres.toString(),
                        "--households",
                        households.toString(),
                        "--output",
                        output.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(output);
        assertThat(lines.get(1)).startsWith("'=1+1,'-R1,");
        assertThat(lines.get(2)).startsWith("'@H2,'-R1,");
        assertThat(lines.get(3)).startsWith("'+H3,,");
        assertThat(Files.getPosixFilePermissions(output)).isEqualTo(PosixFilePermissions.fromString(OWNER_ONLY));
    }

    @Test
    void dedupQuotesFormulaLookingIdsAndWritesEveryOutputOwnerOnly() throws Exception {
        List<String> febrl = Files.readAllLines(
                Path.of(getClass().getResource("/febrl/dataset1.csv").toURI()), StandardCharsets.UTF_8);
        Path input = folder.resolve("input.csv");
        Files.write(
                input,
                febrl.stream()
                        .limit(300)
                        .map(line -> line.replaceFirst("^rec-", "=rec-"))
                        .toList());
        Path clusters = folder.resolve("clusters.csv");
        Path pairs = folder.resolve("pairs.csv");
        Path model = folder.resolve("model.txt");
        CommandLine command = new CommandLine(new DedupCommand());
        command.setErr(new PrintWriter(new StringWriter()));
        assertThat(command.execute(
                        "--input",
                        input.toString(),
                        "--output",
                        clusters.toString(),
                        "--pairs",
                        pairs.toString(),
                        "--save-model",
                        model.toString(),
                        "--date-format",
                        "yyyyMMdd",
                        "--column",
                        "record_id=rec_id",
                        "--column",
                        "family_name=surname",
                        "--column",
                        "national_id=soc_sec_id"))
                .isZero();
        List<String> lines = Files.readAllLines(clusters);
        assertThat(lines).hasSizeGreaterThan(100);
        assertThat(lines.stream().skip(1))
                .allSatisfy(line -> assertThat(line).startsWith("'=rec-").contains(",'=rec-"));
        assertThat(Files.readAllLines(pairs)).hasSizeGreaterThan(1);
        assertThat(Files.readAllLines(pairs).stream().skip(1))
                .allSatisfy(line -> assertThat(line).startsWith("'=rec-"));
        for (Path file : List.of(clusters, pairs, model)) {
            assertThat(Files.getPosixFilePermissions(file))
                    .as(file.toString())
                    .isEqualTo(PosixFilePermissions.fromString(OWNER_ONLY));
        }
    }
}
