package org.homeward.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.homeward.files.OwnerOnlyFiles;
import org.homeward.files.SpreadsheetCells;
import org.homeward.linkage.engine.FieldContribution;
import org.homeward.linkage.engine.Kinship;
import org.homeward.linkage.engine.LinkageModel;
import org.homeward.linkage.engine.LinkageRecord;
import org.homeward.linkage.engine.LinkageResult;
import org.homeward.linkage.engine.LinkageRun;
import org.homeward.linkage.engine.LinkageSettings;
import org.homeward.linkage.engine.ScoredPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Finds duplicate registrations in CSV files with the linkage engine alone (no database). */
@Command(
        name = "dedup",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Find records of the same person in CSV files and write one cluster per person.",
            "Default columns: record_id, given_name, father_name, grandfather_name, family_name, sex, "
                    + "date_of_birth (YYYY, YYYY-MM or YYYY-MM-DD), place_of_origin, phone, national_id, "
                    + "registration_site; optional household_id, address, source. Names may be Arabic or Latin.",
            "A pair is a match from total weight " + LinkageSettings.DEFAULT_MATCH_WEIGHT
                    + " bits (probability 1/2), the same default for every dataset."
        },
        footer = {
            "",
            "Example (FEBRL layout):",
            "  homeward dedup --input dataset3.csv --output clusters.csv --date-format yyyyMMdd \\",
            "    --column record_id=rec_id --column family_name=surname --column national_id=soc_sec_id \\",
            "    --column place_of_origin=postcode --column address=street_number+address_1+address_2+suburb"
        })
class DedupCommand implements Callable<Integer> {

    @Option(
            names = "--input",
            required = true,
            paramLabel = "FILE",
            description = "CSV file with a header row; repeat to read several files (each its own source).")
    List<Path> inputs = new ArrayList<>();

    @Option(
            names = "--output",
            required = true,
            paramLabel = "FILE",
            description = "Where to write clusters.csv: record_id,cluster_id, every input record once.")
    Path output;

    @Option(
            names = "--pairs",
            paramLabel = "FILE",
            description = "Also write the scored pairs: both ids, total weight, probability, each field's level "
                    + "and weight, the decision (match, linked, review, split) and the reason two records may be "
                    + "relatives (possible_siblings, possible_twins, possible_cousins, possible_namesakes).")
    Path pairsOutput;

    @Option(
            names = "--column",
            paramLabel = "FIELD=HEADER",
            description = "Read FIELD from column HEADER (join columns with '+'), e.g. --column family_name=surname.")
    List<String> columns = new ArrayList<>();

    @Option(
            names = "--date-format",
            paramLabel = "LAYOUT",
            defaultValue = "iso",
            description = "Layout of date_of_birth: iso (YYYY, YYYY-MM, YYYY-MM-DD) or a pattern such as "
                    + "yyyyMMdd or dd/MM/yyyy (default: ${DEFAULT-VALUE}).")
    String dateFormat;

    @Option(
            names = "--link",
            description = "Link the input files to each other: compare only records of "
                    + "different files (or source values), at most one record per file and person.")
    boolean link;

    @Option(
            names = "--match-weight",
            paramLabel = "BITS",
            description = "Total weight from which a pair is a match (default: ${DEFAULT-VALUE}, probability 1/2).")
    double matchWeight = LinkageSettings.DEFAULT_MATCH_WEIGHT;

    @Option(
            names = "--model",
            paramLabel = "FILE",
            description = "Use this saved model instead of estimating one from the data.")
    Path modelInput;

    @Option(names = "--save-model", paramLabel = "FILE", description = "Save the estimated model as text.")
    Path modelOutput;

    @Override
    public Integer call() throws IOException {
        DedupInput reader = new DedupInput(columns, dateFormat);
        List<LinkageRecord> records = new ArrayList<>();
        for (Path input : inputs) {
            records.addAll(reader.read(input, input.getFileName().toString()));
        }
        if (records.isEmpty()) {
            throw new CommandFailedException("The input has no records");
        }
        LinkageSettings settings =
                LinkageSettings.defaults().withLinkSources(link).withMatchWeight(matchWeight);
        if (modelInput != null) {
            settings = settings.withModel(LinkageModel.parse(Files.readString(modelInput, StandardCharsets.UTF_8)));
        }
        StageProgressBar progress = new StageProgressBar(System.err);
        long started = System.nanoTime();
        LinkageResult result = new LinkageRun(settings, progress).run(records);
        progress.end();
        writeClusters(result);
        if (pairsOutput != null) {
            writePairs(result);
        }
        if (modelOutput != null) {
            OwnerOnlyFiles.writeString(modelOutput, result.model().toText());
        }
        printSummary(result, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private void writeClusters(LinkageResult result) throws IOException {
        try (BufferedWriter out = OwnerOnlyFiles.newWriter(output)) {
            out.write("record_id,cluster_id\n");
            for (int i = 0; i < result.recordCount(); i++) {
                out.write(csv(result.record(i).id()) + "," + csv(result.clusterId(i)) + "\n");
            }
        }
    }

    private void writePairs(LinkageResult result) throws IOException {
        try (BufferedWriter out = OwnerOnlyFiles.newWriter(pairsOutput)) {
            boolean header = true;
            for (int k = 0; k < result.pairs().size(); k++) {
                ScoredPair pair = result.explain(k);
                if (header) {
                    StringBuilder line = new StringBuilder("left_id,right_id,total_weight,probability");
                    for (FieldContribution contribution : pair.contributions()) {
                        line.append(',')
                                .append(contribution.field().column())
                                .append("_level,")
                                .append(contribution.field().column())
                                .append("_weight");
                    }
                    out.write(line.append(",household_weight,decision,reason\n").toString());
                    header = false;
                }
                StringBuilder line = new StringBuilder();
                line.append(csv(pair.leftId()))
                        .append(',')
                        .append(csv(pair.rightId()))
                        .append(String.format(Locale.ROOT, ",%.3f,%.5f", pair.totalWeight(), pair.probability()));
                for (FieldContribution contribution : pair.contributions()) {
                    line.append(',')
                            .append(contribution.levelName())
                            .append(String.format(Locale.ROOT, ",%.3f", contribution.weight()));
                }
                line.append(String.format(Locale.ROOT, ",%.1f,", pair.householdWeight()))
                        .append(result.decision(k).name().toLowerCase(Locale.ROOT))
                        .append(',')
                        .append(
                                pair.kinship() == Kinship.NONE
                                        ? ""
                                        : pair.kinship().name().toLowerCase(Locale.ROOT))
                        .append('\n');
                out.write(line.toString());
            }
            if (header) {
                out.write("left_id,right_id,total_weight,probability,decision\n");
            }
        }
    }

    private void printSummary(LinkageResult result, double seconds) {
        System.out.println("Model (m: chance of the level for one person, u: for two persons, w = log2(m/u)):");
        System.out.print(result.model().describe());
        System.out.println("Blocking: " + result.blocking().describe().stripTrailing());
        long clusters = java.util.stream.IntStream.range(0, result.recordCount())
                .filter(i -> result.clusterOf(i) == i)
                .count();
        System.out.printf(
                Locale.ROOT,
                "%,d records in %,d clusters; %,d pairs kept; %.1f s%n",
                result.recordCount(),
                clusters,
                result.pairs().size(),
                seconds);
    }

    private static String csv(String id) {
        String value = SpreadsheetCells.neutralised(id);
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
