package org.homeward.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Duplicate detection on registrations the engine was not tuned on ({@link KinshipRegistryGenerator}),
 * at the default settings: overall quality, precision of the automatic links, and precision per kind
 * of hard case (relatives who must never become one person).
 */
class KinshipBenchmarkTest {

    @Test
    void findsDuplicatesWithoutMergingRelatives() {
        List<KinshipRegistryGenerator.Row> rows = KinshipRegistryGenerator.generate(30_000, 20_261_206L);
        Map<String, String> personOf = new HashMap<>();
        rows.forEach(row ->
                personOf.put(row.record().id(), Integer.toString(row.person().id())));
        Function<String, String> person = personOf::get;
        LinkageResult result = new LinkageRun(LinkageSettings.defaults(), ProgressListener.NONE)
                .run(KinshipRegistryGenerator.records(rows));
        LinkageEvaluation evaluation = LinkageEvaluation.of(result, person);
        Map<String, HardCases.Kind> kinds = HardCases.measure(result, rows);
        double automatic = HardCases.automaticPrecision(result, person);
        System.out.println(evaluation.summary("Kinship registrations, " + rows.size() + " records"));
        System.out.printf("Precision of automatic links: %.4f%n%s%n", automatic, HardCases.table(kinds));
        System.out.println(result.model().describe());
        System.out.println(evaluation.examples(result, 6));
        assertThat(evaluation.f1()).isGreaterThanOrEqualTo(0.97);
        assertThat(automatic).isGreaterThanOrEqualTo(0.99);
        kinds.forEach((kind, value) -> assertThat(value.precision()).as(kind).isGreaterThanOrEqualTo(0.99));
    }
}
