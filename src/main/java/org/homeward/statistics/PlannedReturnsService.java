package org.homeward.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.homeward.statistics.suppression.CountTable;
import org.homeward.statistics.suppression.SuppressionMask;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Planned against actual returns by plan, country of asylum, crossing and week, from the movements
 * feature's {@link PlannedReturnsSource}, protected like every table statistics publishes.
 */
@Service
class PlannedReturnsService {

    private final IndicatorService indicators;
    private final ObjectProvider<PlannedReturnsSource> source;

    PlannedReturnsService(IndicatorService indicators, ObjectProvider<PlannedReturnsSource> source) {
        this.indicators = indicators;
        this.source = source;
    }

    /** The protected table of the weeks that overlap the period; empty when no feature plans returns. */
    public Optional<PlannedReturns> table(LocalDate from, LocalDate to) {
        PlannedReturnsSource plans = source.getIfAvailable();
        if (plans == null) {
            return Optional.empty();
        }
        List<PlannedReturnsSource.Line> lines = plans.lines(from, to);
        Protected scheduled = protect(lines, PlannedReturnsSource.Line::scheduled);
        Protected boarded = protect(lines, PlannedReturnsSource.Line::boarded);
        Protected arrived = protect(lines, PlannedReturnsSource.Line::arrived);
        List<PlannedReturns.Row> rows = new ArrayList<>();
        long planned = 0;
        for (int r = 0; r < lines.size(); r++) {
            PlannedReturnsSource.Line line = lines.get(r);
            planned += line.planned();
            rows.add(new PlannedReturns.Row(
                    line.plan(),
                    line.asylumCountry(),
                    line.crossingCode(),
                    line.week(),
                    line.planned(),
                    scheduled.cell(r),
                    boarded.cell(r),
                    arrived.cell(r)));
        }
        int all = lines.size();
        PlannedReturns.Row total = new PlannedReturns.Row(
                null, null, null, null, planned, scheduled.cell(all), boarded.cell(all), arrived.cell(all));
        return Optional.of(new PlannedReturns(
                from, to, rows, total, indicators.properties().suppression().threshold()));
    }

    /** One count of people over every line with its total, as one protected column. */
    private Protected protect(List<PlannedReturnsSource.Line> lines, ToLongFunction<PlannedReturnsSource.Line> count) {
        long[][] column = new long[lines.size()][1];
        for (int r = 0; r < lines.size(); r++) {
            column[r][0] = count.applyAsLong(lines.get(r));
        }
        CountTable table = CountTable.of(column, 1);
        return new Protected(table, indicators.suppression().protect(table));
    }

    private record Protected(CountTable table, SuppressionMask mask) {

        IndicatorTable.Cell cell(int row) {
            return IndicatorTable.Cell.of(table.value(row, 0), mask.isSuppressed(row, 0));
        }
    }
}
