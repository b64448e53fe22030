package org.homeward.statistics.suppression;

import java.util.List;

/**
 * Small-cell protection of published tables. Primary suppression hides every count (cell or
 * margin) from 1 to threshold − 1, and zeros only when asked: a zero describes no one, and UNHCR's
 * own tables publish zeros while hiding 1–4. Secondary suppression then hides the cheapest further
 * cells until no hidden value can be worked out exactly from the published totals and cells of
 * the table, along rows, along columns or by any chain of subtractions between them.
 */
public final class SmallCellSuppression {

    private final long threshold;
    private final boolean suppressZeroCells;

    public SmallCellSuppression(long threshold, boolean suppressZeroCells) {
        if (threshold < 0) {
            throw new IllegalArgumentException("The threshold is never negative");
        }
        this.threshold = threshold;
        this.suppressZeroCells = suppressZeroCells;
    }

    public long threshold() {
        return threshold;
    }

    /** Whether a count is too small to publish by itself. */
    public boolean isSensitive(long value) {
        return value == 0 ? suppressZeroCells : value < threshold;
    }

    public SuppressionMask protect(CountTable table) {
        return protectTogether(List.of(table));
    }

    /**
     * Protects a table some of whose places are hidden already, whatever their value: places it
     * shares with another published table that hides them (such as a total two breakdowns share).
     * They are marked secondary, and the complements see to it that they cannot be worked out here.
     */
    public SuppressionMask protect(CountTable table, java.util.function.BiPredicate<Integer, Integer> hiddenAlready) {
        return protectTogether(List.of(table), hiddenAlready);
    }

    /**
     * One pattern for several tables of the same shape that add up into one another (such as
     * women, men and everyone for the same rows and columns): a place hidden in one is hidden in
     * all, so the sum of two tables cannot reveal what either hides.
     */
    public SuppressionMask protectTogether(List<CountTable> tables) {
        return protectTogether(tables, (row, column) -> false);
    }

    private SuppressionMask protectTogether(
            List<CountTable> tables, java.util.function.BiPredicate<Integer, Integer> hiddenAlready) {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("Give at least one table");
        }
        CountTable first = tables.get(0);
        for (CountTable table : tables) {
            if (!table.sameShapeAs(first)) {
                throw new IllegalArgumentException("Tables protected together must have the same shape");
            }
        }
        SuppressionMask mask = new SuppressionMask(first.rows(), first.columns());
        TableGraph graph = new TableGraph(first.rows(), first.columns());
        long[] cost = new long[graph.edgeCount()];
        long zeroCost = 1;
        for (CountTable table : tables) {
            zeroCost += table.grandTotal();
        }
        for (int edge = 0; edge < graph.edgeCount(); edge++) {
            int row = graph.rowOf(edge);
            int column = graph.columnOf(edge);
            long sum = 0;
            boolean sensitive = false;
            for (CountTable table : tables) {
                long value = table.value(row, column);
                sum += value;
                sensitive |= isSensitive(value);
            }
            // Hiding a zero protects little (an attacker bounds the neighbour by the total), so zeros are a last
            // resort.
            cost[edge] = sum == 0 ? zeroCost : sum;
            if (sensitive) {
                graph.hide(edge);
                mask.mark(row, column, SuppressionMask.Reason.PRIMARY);
            } else if (hiddenAlready.test(row, column)) {
                graph.hide(edge);
                mask.mark(row, column, SuppressionMask.Reason.SECONDARY);
            }
        }
        addComplements(graph, cost, mask);
        return mask;
    }

    private static void addComplements(TableGraph graph, long[] cost, SuppressionMask mask) {
        for (int exposed = graph.findExposedEdge(); exposed >= 0; exposed = graph.findExposedEdge()) {
            int[] cover = graph.cheapestCover(exposed, cost);
            if (cover.length == 0) {
                // Nothing left to hide it behind (a table of one row and no columns): hide the whole table.
                for (int edge = 0; edge < graph.edgeCount(); edge++) {
                    hideSecondary(graph, mask, edge);
                }
                return;
            }
            for (int edge : cover) {
                hideSecondary(graph, mask, edge);
            }
        }
    }

    private static void hideSecondary(TableGraph graph, SuppressionMask mask, int edge) {
        if (!graph.isHidden(edge)) {
            graph.hide(edge);
            mask.mark(graph.rowOf(edge), graph.columnOf(edge), SuppressionMask.Reason.SECONDARY);
        }
    }
}
