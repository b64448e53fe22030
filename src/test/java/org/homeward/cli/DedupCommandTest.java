package org.homeward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DedupCommandTest {

    @TempDir
    Path directory;

    private static Path febrl(String file) throws Exception {
        return Path.of(DedupCommandTest.class.getResource("/febrl/" + file).toURI());
    }

    private int run(StringWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new DedupCommand());
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void writesEveryRecordOnceWithItsClusterAndThePairsExplained() throws Exception {
        Path clusters = directory.resolve("clusters.csv");
        Path pairs = directory.resolve("pairs.csv");
        Path model = directory.resolve("model.txt");
        int exit = run(
                new StringWriter(),
                "--input",
                febrl("dataset1.csv").toString(),
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
                "national_id=soc_sec_id",
                "--column",
                "place_of_origin=postcode",
                "--column",
                "address=street_number+address_1+address_2+suburb");
        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(clusters, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("record_id,cluster_id");
        assertThat(lines).hasSize(1001);
        Set<String> ids = new HashSet<>();
        lines.stream().skip(1).forEach(line -> ids.add(line.split(",")[0]));
        assertThat(ids).hasSize(1000);
        long together = lines.stream()
                .skip(1)
                .filter(line -> {
                    String[] parts = line.split(",");
                    return parts[0].matches("rec-\\d+-dup-0") && parts[1].equals(parts[0].replace("-dup-0", "-org"))
                            || parts[1].equals(parts[0].replace("-org", "-dup-0"));
                })
                .count();
        assertThat(together).isGreaterThan(450);
        List<String> pairLines = Files.readAllLines(pairs, StandardCharsets.UTF_8);
        assertThat(pairLines.get(0))
                .startsWith("left_id,right_id,total_weight,probability,given_name_level," + "given_name_weight")
                .endsWith("household_weight,decision,reason");
        // FEBRL has no father's names, so no pair carries a reason: each line ends with its decision and an empty
        // reason.
        assertThat(pairLines.stream()
                        .skip(1)
                        .filter(line -> line.endsWith(",match,"))
                        .count())
                .isGreaterThan(450);
        assertThat(Files.readString(model)).startsWith("homeward-linkage-model 1");
    }

    @Test
    void reusesASavedModel() throws Exception {
        Path model = directory.resolve("model.txt");
        String[] febrl = {
            "--date-format",
            "yyyyMMdd",
            "--column",
            "record_id=rec_id",
            "--column",
            "family_name=surname",
            "--column",
            "national_id=soc_sec_id"
        };
        assertThat(run(
                        new StringWriter(),
                        concat(
                                new String[] {
                                    "--input",
                                    febrl("dataset1.csv").toString(),
                                    "--output",
                                    directory.resolve("a.csv").toString(),
                                    "--save-model",
                                    model.toString()
                                },
                                febrl)))
                .isZero();
        assertThat(run(
                        new StringWriter(),
                        concat(
                                new String[] {
                                    "--input",
                                    febrl("dataset1.csv").toString(),
                                    "--output",
                                    directory.resolve("b.csv").toString(),
                                    "--model",
                                    model.toString()
                                },
                                febrl)))
                .isZero();
        assertThat(Files.readAllLines(directory.resolve("b.csv")))
                .isEqualTo(Files.readAllLines(directory.resolve("a.csv")));
    }

    @Test
    void linksTwoFiles() throws Exception {
        Path clusters = directory.resolve("clusters.csv");
        int exit = run(
                new StringWriter(),
                "--input",
                febrl("dataset4a.csv").toString(),
                "--input",
                febrl("dataset4b.csv").toString(),
                "--link",
                "--output",
                clusters.toString(),
                "--date-format",
                "yyyyMMdd",
                "--column",
                "record_id=rec_id",
                "--column",
                "family_name=surname",
                "--column",
                "national_id=soc_sec_id",
                "--column",
                "place_of_origin=postcode");
        assertThat(exit).isZero();
        assertThat(Files.readAllLines(clusters)).hasSize(10_001);
    }

    @Test
    void namesAMissingColumn() throws Exception {
        StringWriter err = new StringWriter();
        int exit = run(
                err,
                "--input",
                febrl("dataset1.csv").toString(),
                "--output",
                directory.resolve("c.csv").toString(),
                "--column",
                "record_id=rec_id",
                "--column",
                "family_name=lastname");
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("no column 'lastname'");
    }

    @Test
    void namesADuplicateRecordIdWithItsRow() throws Exception {
        Path input = directory.resolve("twice.csv");
        Files.writeString(input, "record_id,given_name,family_name\nr1,Omar,Hamwi\nr1,Ali,Masri\n");
        StringWriter err = new StringWriter();
        assertThat(run(
                        err,
                        "--input",
                        input.toString(),
                        "--output",
                        directory.resolve("c.csv").toString()))
                .isNotZero();
        assertThat(err.toString()).contains("row 3", "'r1' appears twice");
    }

    @Test
    void readsTheDefaultLayoutWithArabicAndLatinNames() throws Exception {
        Path input = directory.resolve("people.csv");
        Files.writeString(
                input,
                "record_id,given_name,father_name,grandfather_name,family_name,sex,date_of_birth,"
                        + "place_of_origin,phone,national_id,registration_site\n"
                        + "a,Mohammad,Ahmad,Ali,Al-Hamwi,M,1980-03-04,SY070400,0944 123 456,,nasib\n"
                        + "b,محمد,أحمد,علي,الحموي,ذكر,1980-04-03,SY070400,+963944123456,,bab-al-hawa\n"
                        + "c,Fatima,Hasan,,Masri,F,1992,SY010100,,,nasib\n",
                StandardCharsets.UTF_8);
        Path clusters = directory.resolve("c.csv");
        assertThat(run(new StringWriter(), "--input", input.toString(), "--output", clusters.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(clusters);
        assertThat(lines).containsExactly("record_id,cluster_id", "a,a", "b,a", "c,c");
    }

    @Test
    void everyOptionIsDescribed() {
        CommandLine commandLine = new CommandLine(new DedupCommand());
        commandLine
                .getCommandSpec()
                .options()
                .forEach(option -> assertThat(option.description())
                        .as(option.longestName())
                        .isNotEmpty());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
