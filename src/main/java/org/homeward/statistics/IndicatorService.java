package org.homeward.statistics;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.homeward.statistics.suppression.CountTable;
import org.homeward.statistics.suppression.SmallCellSuppression;
import org.homeward.statistics.suppression.SuppressionMask;
import org.springframework.stereotype.Service;

/**
 * The registry's own numbers: answers an {@link IndicatorQuery} with a protected
 * {@link IndicatorTable}, never with a count small enough, or recoverable enough, to point at people.
 */
@Service
public class IndicatorService {

    private final ReturnCellRepository cells;
    private final ReturnSummaryRefresher refresher;
    private final TableAxis axis;
    private final IndicatorTableAssembler assembler;
    private final StatisticsProperties properties;
    private final SmallCellSuppression suppression;

    IndicatorService(
            ReturnCellRepository cells,
            ReturnSummaryRefresher refresher,
            TableAxis axis,
            IndicatorTableAssembler assembler,
            StatisticsProperties properties) {
        this.cells = cells;
        this.refresher = refresher;
        this.axis = axis;
        this.assembler = assembler;
        this.properties = properties;
        this.suppression = new SmallCellSuppression(
                properties.suppression().threshold(), properties.suppression().suppressZeroCells());
    }

    public IndicatorTable table(IndicatorQuery query, Locale locale) {
        Counts counts = counts(query);
        SuppressionMask mask = suppression.protect(counts.table());
        return assembler.assemble(
                query,
                counts.rowKeys(),
                counts.columnKeys(),
                counts.table(),
                mask,
                properties.suppression().threshold(),
                refresher.freshness(),
                locale);
    }

    /** The counts of a query laid out on its rows and columns, before any protection; for this package only. */
    Counts counts(IndicatorQuery query) {
        if (properties.refresh().onRead()) {
            refresher.refreshSmallBacklog(properties.refresh().onReadMostDays());
        }
        List<ReturnCellRepository.Count> found = cells.counts(query);
        Set<String> presentRows = new HashSet<>();
        Set<String> presentColumns = new HashSet<>();
        Map<String, Map<String, Long>> values = new HashMap<>();
        for (ReturnCellRepository.Count count : found) {
            String row = query.rows() == null ? "" : count.keys().get(0);
            String column = query.columns() == null ? "" : count.keys().get(1);
            presentRows.add(row);
            presentColumns.add(column);
            values.computeIfAbsent(row, key -> new HashMap<>()).merge(column, count.value(), Long::sum);
        }
        List<String> rowKeys = axis.keys(query, query.rows(), presentRows);
        List<String> columnKeys = axis.keys(query, query.columns(), presentColumns);
        TableAxis.checkSize(rowKeys.size(), columnKeys.size());
        long[][] matrix = new long[rowKeys.size()][columnKeys.size()];
        for (int r = 0; r < rowKeys.size(); r++) {
            Map<String, Long> line = values.getOrDefault(rowKeys.get(r), Map.of());
            for (int c = 0; c < columnKeys.size(); c++) {
                matrix[r][c] = line.getOrDefault(columnKeys.get(c), 0L);
            }
        }
        return new Counts(rowKeys, columnKeys, CountTable.of(matrix, columnKeys.size()));
    }

    /** A query's counts on its rows and columns. */
    record Counts(List<String> rowKeys, List<String> columnKeys, CountTable table) {}

    /**
     * Brings the summary up to date now (it also follows on its own); answers how many days and households
     * were recounted.
     */
    public int refresh() {
        return refresher.refreshPending();
    }

    /**
     * Builds the summary again from the registry, day by day, forgetting what each household counted; the
     * summary stays readable meanwhile. Answers how many days (and households waiting) were recounted.
     */
    public int rebuild() {
        refresher.markEverything();
        return refresher.refreshPending();
    }

    SmallCellSuppression suppression() {
        return suppression;
    }

    StatisticsProperties properties() {
        return properties;
    }
}
