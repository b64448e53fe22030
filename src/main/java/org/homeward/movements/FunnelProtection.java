package org.homeward.movements;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.statistics.StatisticsProperties;
import org.homeward.statistics.suppression.CountTable;
import org.homeward.statistics.suppression.SmallCellSuppression;
import org.homeward.statistics.suppression.SuppressionMask;
import org.springframework.stereotype.Component;

/**
 * Protects a plan's funnel for readers who do not see the persons, through the statistics
 * feature's small-cell suppression at the threshold every published figure uses
 * ({@code homeward.statistics.suppression.*}).
 *
 * <p>Each breakdown is one table: its lines by the stages, with the stage totals as its column
 * margin. Primary suppression hides counts below the threshold; complementary suppression hides
 * further counts until no hidden one can be worked out from what is shown. The week breakdown also
 * holds, unshown, the line of persons counted without a week (intending), so that the totals cannot
 * be taken apart through it. A stage total hidden in any breakdown is hidden in all, each then
 * protecting it in turn, until they agree.
 */
@Component
class FunnelProtection {

    private final SmallCellSuppression suppression;

    FunnelProtection(StatisticsProperties statistics) {
        this.suppression = new SmallCellSuppression(
                statistics.suppression().threshold(), statistics.suppression().suppressZeroCells());
    }

    long threshold() {
        return suppression.threshold();
    }

    PlanFunnelView protect(PlanFunnelView exact) {
        List<FunnelStage> stages = exact.counted();
        Set<FunnelStage> hiddenTotals = EnumSet.noneOf(FunnelStage.class);
        Protected countryMonth;
        Protected crossing;
        Protected week;
        while (true) {
            // A total one breakdown hides is hidden in all, and each must then keep it from being worked out.
            countryMonth = protect(exact.byCountryMonth(), stages, null, hiddenTotals);
            crossing = protect(exact.byCrossing(), stages, null, hiddenTotals);
            week = protect(exact.byWeek(), stages, exact.totals(), hiddenTotals);
            Set<FunnelStage> hidden = EnumSet.copyOf(hiddenTotals);
            for (Protected table : List.of(countryMonth, crossing, week)) {
                hidden.addAll(table.hiddenTotals());
            }
            if (hidden.equals(hiddenTotals)) {
                break;
            }
            hiddenTotals = hidden;
        }
        Map<FunnelStage, Long> totals = new EnumMap<>(FunnelStage.class);
        for (FunnelStage stage : stages) {
            totals.put(
                    stage, hiddenTotals.contains(stage) ? null : exact.totals().get(stage));
        }
        return new PlanFunnelView(
                exact.planId(),
                exact.targetPersons(),
                stages,
                totals,
                countryMonth.shownRows(),
                crossing.shownRows(),
                week.shownRows(),
                true);
    }

    /**
     * The breakdown's lines as a table of the stages, protected. With {@code totals} given, the part
     * of each total no line holds is added as a last line, never shown.
     */
    private Protected protect(
            List<PlanFunnelView.Row> rows,
            List<FunnelStage> stages,
            Map<FunnelStage, Long> totals,
            Set<FunnelStage> hiddenTotals) {
        int lines = rows.size() + (totals == null ? 0 : 1);
        long[][] cells = new long[lines][stages.size()];
        for (int column = 0; column < stages.size(); column++) {
            long held = 0;
            for (int line = 0; line < rows.size(); line++) {
                cells[line][column] = rows.get(line).at(stages.get(column));
                held += cells[line][column];
            }
            if (totals != null) {
                cells[rows.size()][column] = Math.max(0, totals.getOrDefault(stages.get(column), 0L) - held);
            }
        }
        CountTable table = CountTable.of(cells, stages.size());
        return new Protected(
                rows,
                stages,
                table,
                suppression.protect(
                        table,
                        (row, column) -> row == table.rows()
                                && column < stages.size()
                                && hiddenTotals.contains(stages.get(column))));
    }

    /** A breakdown with what may be shown of it. */
    private record Protected(
            List<PlanFunnelView.Row> rows, List<FunnelStage> stages, CountTable table, SuppressionMask mask) {

        List<PlanFunnelView.Row> shownRows() {
            List<PlanFunnelView.Row> shown = new ArrayList<>();
            for (int line = 0; line < rows.size(); line++) {
                Map<FunnelStage, Long> persons = new EnumMap<>(FunnelStage.class);
                for (int column = 0; column < stages.size(); column++) {
                    persons.put(stages.get(column), mask.isSuppressed(line, column) ? null : table.value(line, column));
                }
                PlanFunnelView.Row row = rows.get(line);
                shown.add(new PlanFunnelView.Row(row.key(), row.target(), persons));
            }
            return shown;
        }

        Set<FunnelStage> hiddenTotals() {
            Set<FunnelStage> hidden = EnumSet.noneOf(FunnelStage.class);
            for (int column = 0; column < stages.size(); column++) {
                if (mask.isSuppressed(table.rows(), column)) {
                    hidden.add(stages.get(column));
                }
            }
            return hidden;
        }
    }
}
