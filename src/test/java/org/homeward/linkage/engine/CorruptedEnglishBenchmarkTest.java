package org.homeward.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Duplicate detection on heavily corrupted English-language records ({@link CorruptedEnglishGenerator}:
 * transposed and dropped letters, missing names, titles, dates years apart, a fifth of dates and
 * postcodes missing) at the default settings.
 */
class CorruptedEnglishBenchmarkTest {

    @Test
    void findsMostDuplicatesDespiteHeavyCorruption() {
        List<CorruptedEnglishGenerator.Row> rows = CorruptedEnglishGenerator.generate(6_000, 20_261_207L);
        Map<String, String> personOf = new HashMap<>();
        rows.forEach(row -> personOf.put(row.record().id(), Integer.toString(row.person())));
        LinkageResult result = new LinkageRun(LinkageSettings.defaults(), ProgressListener.NONE)
                .run(CorruptedEnglishGenerator.records(rows));
        LinkageEvaluation evaluation = LinkageEvaluation.of(result, personOf::get);
        System.out.println(evaluation.summary("Corrupted English records, " + rows.size() + " records"));
        System.out.println(result.blocking().describe());
        System.out.println(result.model().describe());
        System.out.println(evaluation.examples(result, 6));
        assertThat(evaluation.precision()).isGreaterThanOrEqualTo(0.98);
        assertThat(evaluation.recall()).isGreaterThanOrEqualTo(0.85);
    }
}
