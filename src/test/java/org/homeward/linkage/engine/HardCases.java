package org.homeward.linkage.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Precision per kind of hard case on {@link KinshipRegistryGenerator}'s registrations: for each kind
 * (siblings, twins, same-root names, cousins named after their grandfather, namesakes with
 * placeholder dates) the share of such pairs of records — two different people — that the run did
 * NOT put in one cluster; and the precision of the automatic links (pairs decided MATCH).
 */
final class HardCases {

    /** Pairs of one kind, and how many of them ended in one cluster. */
    record Kind(long pairs, long linked) {
        double precision() {
            return pairs == 0 ? 1 : 1 - (double) linked / pairs;
        }
    }

    private HardCases() {}

    static Map<String, Kind> measure(LinkageResult result, List<KinshipRegistryGenerator.Row> rows) {
        Map<String, KinshipRegistryGenerator.Person> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.record().id(), row.person()));
        KinshipRegistryGenerator.Person[] person = new KinshipRegistryGenerator.Person[result.recordCount()];
        for (int i = 0; i < person.length; i++) {
            person[i] = byId.get(result.record(i).id());
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String kind : List.of(
                "siblings",
                "twins",
                "same-root names",
                "cousins named after grandfather",
                "namesakes with placeholder dates")) {
            counts.put(kind, new long[2]);
        }
        forPairsInGroups(person, p -> p.fatherId() < 0 ? null : "f" + p.fatherId(), (i, j) -> {
            KinshipRegistryGenerator.Person a = person[i];
            KinshipRegistryGenerator.Person b = person[j];
            boolean linked = result.clusterOf(i) == result.clusterOf(j);
            boolean twins = a.year() == b.year() && a.month() == b.month() && a.day() == b.day();
            count(counts, twins ? "twins" : "siblings", linked);
            if (a.male() == b.male()
                    && KinshipNames.givenNames(a.male())
                            .get(a.given())
                            .root()
                            .equals(KinshipNames.givenNames(b.male())
                                    .get(b.given())
                                    .root())) {
                count(counts, "same-root names", linked);
            }
        });
        forPairsInGroups(
                person, p -> p.grandfatherId() < 0 ? null : "g" + p.grandfatherId() + p.male() + p.given(), (i, j) -> {
                    if (person[i].fatherId() != person[j].fatherId()) {
                        count(counts, "cousins named after grandfather", result.clusterOf(i) == result.clusterOf(j));
                    }
                });
        forPairsInGroups(person, p -> p.male() + "/" + p.given() + "/" + p.family(), (i, j) -> {
            if (person[i].placeholderDate() || person[j].placeholderDate()) {
                count(counts, "namesakes with placeholder dates", result.clusterOf(i) == result.clusterOf(j));
            }
        });
        Map<String, Kind> kinds = new LinkedHashMap<>();
        counts.forEach((kind, values) -> kinds.put(kind, new Kind(values[0], values[1])));
        return kinds;
    }

    private static void count(Map<String, long[]> counts, String kind, boolean linked) {
        long[] values = counts.get(kind);
        values[0]++;
        if (linked) {
            values[1]++;
        }
    }

    /** Calls {@code pair} for each pair of records of different people that share a key. */
    private static void forPairsInGroups(
            KinshipRegistryGenerator.Person[] person,
            Function<KinshipRegistryGenerator.Person, String> key,
            java.util.function.BiConsumer<Integer, Integer> pair) {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < person.length; i++) {
            String value = key.apply(person[i]);
            if (value != null) {
                groups.computeIfAbsent(value, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : groups.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    if (person[members.get(x)].id() != person[members.get(y)].id()) {
                        pair.accept(members.get(x), members.get(y));
                    }
                }
            }
        }
    }

    /** Precision of the automatic links: the kept pairs decided MATCH that are one person. */
    static double automaticPrecision(LinkageResult result, Function<String, String> personOf) {
        long matches = 0;
        long correct = 0;
        for (int k = 0; k < result.pairs().size(); k++) {
            if (result.decision(k) == LinkageResult.Decision.MATCH) {
                matches++;
                if (personOf.apply(result.record(result.pairs().left(k)).id())
                        .equals(personOf.apply(
                                result.record(result.pairs().right(k)).id()))) {
                    correct++;
                }
            }
        }
        return matches == 0 ? 1 : (double) correct / matches;
    }

    static String table(Map<String, Kind> kinds) {
        StringBuilder out = new StringBuilder("| hard case | pairs of different people | linked | precision |\n");
        kinds.forEach((kind, value) -> out.append(String.format(
                Locale.ROOT, "| %s | %,d | %,d | %.4f |%n", kind, value.pairs(), value.linked(), value.precision())));
        return out.toString();
    }
}
