package org.homeward.registry;

import java.sql.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How many people bear a name key, roughly, from PostgreSQL's own statistics of the name keys (the most
 * common keys and their shares, which the planner itself reads): enough to tell "Ahmad" anywhere in the
 * chain (one person in ten at ten million) from "Nimah" (one in two thousand). Read again at most every
 * {@link #KEPT}; without statistics (a registry never analysed) nothing is known and every estimate is
 * empty.
 */
@Component
class NameKeyShares {

    /** How long the statistics read are used before they are read again. */
    static final Duration KEPT = Duration.ofMinutes(10);
    /**
     * What a key not among the most common ones is taken to be borne by, as a part of the least common
     * share listed: most such keys are far rarer than the list's last ("rv:nima" against "gv:nima").
     */
    private static final double UNLISTED_PART = 0.1;

    private final JdbcClient jdbc;
    private volatile Known known;

    NameKeyShares(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The shares read, the share given to any key not listed, the individuals counted, and when they were read. */
    record Known(Map<String, Double> shares, double unlisted, double individuals, long readAt) {
        static final Known NOTHING = new Known(Map.of(), 0, 0, 0);

        boolean isEmpty() {
            return shares.isEmpty() || individuals <= 0;
        }

        /**
         * The share of people bearing one of the keys, roughly: the keys' shares summed within each kind of
         * key (Latin spellings, Arabic spellings, consonant skeletons) and the largest of the three kept,
         * at most 1. Most people bear both scripts' spellings of their names, so adding the kinds would
         * count them twice or three times.
         */
        double share(Collection<String> keys) {
            double[] byKind = new double[3];
            for (String key : keys) {
                byKind[kind(key)] += shares.getOrDefault(key, unlisted);
            }
            return Math.min(1, Math.max(byKind[0], Math.max(byKind[1], byKind[2])));
        }

        private static int kind(String key) {
            if (key.length() > 1 && key.charAt(1) == 's') {
                return 2;
            }
            for (int i = key.indexOf(':') + 1; i < key.length(); i++) {
                if (Character.UnicodeScript.of(key.codePointAt(i)) == Character.UnicodeScript.ARABIC) {
                    return 1;
                }
            }
            return 0;
        }
    }

    /** What the statistics say now (read again when older than {@link #KEPT}). */
    Known known() {
        Known current = known;
        long now = System.nanoTime();
        if (current == null || now - current.readAt() > KEPT.toNanos()) {
            current = read(now);
            known = current;
        }
        return current;
    }

    private Known read(long now) {
        List<Known> found = jdbc.sql("""
                        SELECT most_common_elems::text::text[] AS keys, most_common_elem_freqs AS shares,
                               (SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'individual'::regclass)
                                   AS individuals
                        FROM pg_stats
                        WHERE schemaname = current_schema() AND tablename = 'individual' AND attname = 'name_keys'""")
                .query((rs, n) -> known(rs.getArray("keys"), rs.getArray("shares"), rs.getDouble("individuals"), now))
                .list();
        return found.isEmpty() ? new Known(Map.of(), 0, 0, now) : found.get(0);
    }

    private static Known known(Array keys, Array shares, double individuals, long now) throws java.sql.SQLException {
        if (keys == null || shares == null) {
            return new Known(Map.of(), 0, individuals, now);
        }
        String[] listed = (String[]) keys.getArray();
        Object[] values = (Object[]) shares.getArray();
        Map<String, Double> byKey = new HashMap<>();
        for (int k = 0; k < listed.length && k < values.length; k++) {
            byKey.put(listed[k], ((Number) values[k]).doubleValue());
        }
        // After the shares of the keys come the least and the greatest of them (then the share of empty arrays).
        double least = values.length > listed.length
                ? ((Number) values[listed.length]).doubleValue()
                : byKey.values().stream().min(Double::compare).orElse(0.0);
        return new Known(Map.copyOf(byKey), least * UNLISTED_PART, individuals, now);
    }

    /**
     * Which parts of a query the index of name keys is asked for, the others being checked on the rows it
     * finds. The rarest part is asked first; each next one, rarest first, is asked when reading its lists in
     * the index (its bearers, about {@code entriesPerRow} entries for the cost of one row read) costs less
     * than checking it on the rows the parts asked before leave (estimated as though the names were
     * independent); once one is not, neither are the commoner ones. A common part ("Ahmad" anywhere in the
     * chain: hundreds of thousands of people at ten million) is thus left to the few rows the rare ones
     * find, and asked of the index when the others leave many. A name the query repeats ({@code
     * repeated}: "Radwan Ubada Radwan As'ad") narrows nothing the first one did not and is left to the
     * rows. Without statistics, every part is asked. Answers the positions of the parts asked, in the
     * order they were chosen.
     */
    static List<Integer> askedOfIndex(
            List<? extends Collection<String>> parts, List<Boolean> repeated, Known known, double entriesPerRow) {
        List<Integer> order = new ArrayList<>();
        for (int q = 0; q < parts.size(); q++) {
            order.add(q);
        }
        if (known.isEmpty() || parts.size() <= 2) {
            return order;
        }
        double[] shares = parts.stream().mapToDouble(known::share).toArray();
        order.sort(Comparator.comparingDouble(q -> shares[q]));
        List<Integer> asked = new ArrayList<>();
        double rowsLeft = known.individuals();
        for (int q : order) {
            if (repeated.get(q)) {
                continue;
            }
            double indexCost = shares[q] * known.individuals() / entriesPerRow;
            if (!asked.isEmpty() && indexCost >= rowsLeft) {
                break;
            }
            asked.add(q);
            rowsLeft *= shares[q];
        }
        return asked;
    }
}
