package org.homeward.linkage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The project's labelled Syrian benchmark: 100,000 generated registrations with re-registrations
 * in another script and spelling, at the default settings.
 */
class SyrianBenchmarkTest {

    @Test
    void findsDuplicatesAmong100000RegistrationsWithF1Above097() {
        List<SyrianRegistryGenerator.Row> rows = SyrianRegistryGenerator.generate(100_000, 20_260_701L);
        Map<String, SyrianRegistryGenerator.Row> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.recordId(), row));
        LinkageResult result = new LinkageRun(LinkageSettings.defaults(), ProgressListener.NONE)
                .run(SyrianRegistryGenerator.records(rows));
        LinkageEvaluation evaluation =
                LinkageEvaluation.of(result, id -> Integer.toString(byId.get(id).personId()));
        System.out.println(evaluation.summary("Syrian benchmark, 100,000 records"));
        System.out.println(result.blocking().describe());
        System.out.println(result.model().describe());
        System.out.println(breakdown(result, evaluation, byId));
        System.out.println(evaluation.examples(result, 4));
        assertThat(evaluation.precision()).isGreaterThanOrEqualTo(0.97);
        assertThat(evaluation.recall()).isGreaterThanOrEqualTo(0.97);
        assertThat(evaluation.f1()).isGreaterThanOrEqualTo(0.97);
    }

    /** Remaining errors by kind: missed pairs by what was varied, wrong pairs by how the persons relate. */
    static String breakdown(
            LinkageResult result, LinkageEvaluation evaluation, Map<String, SyrianRegistryGenerator.Row> byId) {
        Map<String, Integer> missed = new TreeMap<>();
        for (int[] pair : evaluation.falseNegatives()) {
            String a = byId.get(result.record(pair[0]).id()).variations();
            String b = byId.get(result.record(pair[1]).id()).variations();
            String kinds = (a + "+" + b).replaceAll("(^\\+|\\+$)", "");
            for (String kind : kinds.isEmpty() ? new String[] {"(none)"} : kinds.split("\\+")) {
                if (!kind.equals("arabic") && !kind.equals("latin")) {
                    missed.merge(kind, 1, Integer::sum);
                }
            }
            missed.merge(
                    result.isCandidate(pair[0], pair[1]) ? "(was a candidate pair)" : "(not a candidate pair)",
                    1,
                    Integer::sum);
        }
        Map<String, Integer> wrong = new TreeMap<>();
        for (int[] pair : evaluation.falsePositives()) {
            StandardRecord a = result.record(pair[0]);
            StandardRecord b = result.record(pair[1]);
            boolean sameFather = NameComparator.level(a.name(StandardRecord.FATHER), b.name(StandardRecord.FATHER)) >= 2
                    && NameComparator.level(a.name(StandardRecord.FAMILY), b.name(StandardRecord.FAMILY)) >= 2;
            boolean sameGiven = NameComparator.level(a.name(StandardRecord.GIVEN), b.name(StandardRecord.GIVEN)) >= 2;
            String kind = sameFather && sameGiven
                    ? "same name chain, different persons"
                    : sameFather ? "siblings (same father and family name)" : sameGiven ? "same given name" : "other";
            wrong.merge(kind, 1, Integer::sum);
        }
        return "Missed pairs by variation of either record: " + missed + "\nWrong pairs by relation: " + wrong;
    }
}
