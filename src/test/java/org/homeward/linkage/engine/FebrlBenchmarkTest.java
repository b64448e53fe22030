package org.homeward.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.homeward.cli.DedupInput;
import org.junit.jupiter.api.Test;

/**
 * The FEBRL benchmarks (Christen, ANU) at the default settings: pairwise F1 computed against the
 * truth in the record ids, with the FEBRL layout mapped as the documentation of {@code dedup} shows.
 */
class FebrlBenchmarkTest {

    static final List<String> FEBRL_COLUMNS = List.of(
            "record_id=rec_id",
            "family_name=surname",
            "national_id=soc_sec_id",
            "place_of_origin=postcode",
            "address=street_number+address_1+address_2+suburb");
    static final Function<String, String> PERSON = id -> id.replaceAll("^rec-(\\d+)-.*$", "$1");

    static List<LinkageRecord> read(String... files) throws URISyntaxException {
        DedupInput input = new DedupInput(FEBRL_COLUMNS, "yyyyMMdd");
        List<LinkageRecord> records = new ArrayList<>();
        for (String file : files) {
            Path path = Path.of(
                    FebrlBenchmarkTest.class.getResource("/febrl/" + file).toURI());
            records.addAll(input.read(path, file));
        }
        return records;
    }

    @Test
    void deduplicatesDataset3WithF1AboveThreshold() throws Exception {
        LinkageResult result =
                new LinkageRun(LinkageSettings.defaults(), ProgressListener.NONE).run(read("dataset3.csv"));
        LinkageEvaluation evaluation = LinkageEvaluation.of(result, PERSON);
        System.out.println(evaluation.summary("FEBRL dataset3 (dedup)"));
        System.out.println(result.blocking().describe());
        System.out.println(result.model().describe());
        System.out.println(evaluation.examples(result, 5));
        assertThat(evaluation.f1()).isGreaterThanOrEqualTo(0.995);
    }

    @Test
    void linksDataset4aTo4bWithF1AboveThreshold() throws Exception {
        LinkageResult result = new LinkageRun(LinkageSettings.defaults().withLinkSources(true), ProgressListener.NONE)
                .run(read("dataset4a.csv", "dataset4b.csv"));
        LinkageEvaluation evaluation = LinkageEvaluation.of(result, PERSON);
        System.out.println(evaluation.summary("FEBRL dataset4a-4b (link)"));
        System.out.println(result.blocking().describe());
        System.out.println(result.model().describe());
        System.out.println(evaluation.examples(result, 5));
        assertThat(evaluation.f1()).isGreaterThanOrEqualTo(0.999);
    }
}
