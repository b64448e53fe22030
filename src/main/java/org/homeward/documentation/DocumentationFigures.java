package org.homeward.documentation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.homeward.statistics.StatisticsProperties;
import org.homeward.statistics.suppression.CountTable;
import org.homeward.statistics.suppression.SmallCellSuppression;
import org.homeward.statistics.suppression.SuppressionMask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The documentation figures: the backlog by case type and jurisdiction, completed chains with the
 * median days from opening to the last required step, and proposals accepted, dismissed and waiting.
 * Every table goes through the same small-cell protection as the return statistics; they are
 * national aggregates and show no person.
 */
@Service
class DocumentationFigures {

    private static final List<String> DECISIONS = List.of("ACCEPTED", "DISMISSED", "PROPOSED");
    private final JdbcClient jdbc;
    private final SmallCellSuppression suppression;

    DocumentationFigures(JdbcClient jdbc, StatisticsProperties statistics) {
        this.jdbc = jdbc;
        this.suppression = new SmallCellSuppression(
                statistics.suppression().threshold(), statistics.suppression().suppressZeroCells());
    }

    /** Every table, protected. */
    public List<CaseFigureTable> tables() {
        return List.of(backlog(), completed(), proposals());
    }

    CaseFigureTable backlog() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        TreeSet<String> jurisdictions = new TreeSet<>();
        jdbc.sql("""
                        SELECT case_type, jurisdiction, count(*) AS cases FROM documentation_case
                        WHERE chain_completed_at IS NULL AND status NOT IN ('CLOSED', 'REJECTED')
                        GROUP BY case_type, jurisdiction""")
                .query((rs, n) -> {
                    counts.computeIfAbsent(rs.getString("case_type"), key -> new TreeMap<>())
                            .put(rs.getString("jurisdiction"), rs.getLong("cases"));
                    jurisdictions.add(rs.getString("jurisdiction"));
                    return null;
                })
                .list();
        return protect("backlog", new ArrayList<>(jurisdictions), counts);
    }

    CaseFigureTable completed() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        Map<String, Long> medians = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT case_type, count(*) AS cases,
                            round(percentile_cont(0.5) WITHIN GROUP (ORDER BY
                                extract(epoch FROM chain_completed_at - opened_at) / 86400)) AS median_days
                        FROM documentation_case WHERE chain_completed_at IS NOT NULL GROUP BY case_type""")
                .query((rs, n) -> {
                    counts.put(rs.getString("case_type"), Map.of("cases", rs.getLong("cases")));
                    medians.put(rs.getString("case_type"), rs.getLong("median_days"));
                    return null;
                })
                .list();
        CaseFigureTable protectedCounts = protect("completed", List.of("cases"), counts);
        // A median is shown only beside a count that is shown: a hidden count's group stays hidden.
        List<CaseFigureTable.Row> rows = protectedCounts.rows().stream()
                .map(row -> new CaseFigureTable.Row(
                        row.key(),
                        java.util.Arrays.asList(
                                row.cells().get(0), row.cells().get(0) == null ? null : medians.get(row.key())),
                        row.total()))
                .toList();
        return new CaseFigureTable(
                "completed",
                List.of("cases", "medianDays"),
                rows,
                new CaseFigureTable.Row(
                        "total",
                        java.util.Arrays.asList(protectedCounts.total().cells().get(0), null),
                        protectedCounts.total().total()));
    }

    CaseFigureTable proposals() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        jdbc.sql("SELECT gap, status, count(*) AS proposals FROM documentation_proposal GROUP BY gap, status")
                .query((rs, n) -> {
                    counts.computeIfAbsent(rs.getString("gap"), key -> new TreeMap<>())
                            .put(rs.getString("status"), rs.getLong("proposals"));
                    return null;
                })
                .list();
        return protect("proposals", DECISIONS, counts);
    }

    private CaseFigureTable protect(String id, List<String> columns, Map<String, Map<String, Long>> counts) {
        List<String> keys = new ArrayList<>(counts.keySet());
        long[][] interior = new long[keys.size()][columns.size()];
        for (int r = 0; r < keys.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                interior[r][c] = counts.get(keys.get(r)).getOrDefault(columns.get(c), 0L);
            }
        }
        CountTable table = CountTable.of(interior, columns.size());
        SuppressionMask mask = suppression.protect(table);
        List<CaseFigureTable.Row> rows = new ArrayList<>();
        for (int r = 0; r <= keys.size(); r++) {
            List<Long> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(mask.isSuppressed(r, c) ? null : table.value(r, c));
            }
            Long total = mask.isSuppressed(r, columns.size()) ? null : table.value(r, columns.size());
            rows.add(new CaseFigureTable.Row(r == keys.size() ? "total" : keys.get(r), cells, total));
        }
        return new CaseFigureTable(id, columns, rows.subList(0, keys.size()), rows.get(keys.size()));
    }
}
