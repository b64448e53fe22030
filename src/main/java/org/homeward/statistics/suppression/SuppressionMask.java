package org.homeward.statistics.suppression;

/**
 * Which places of a table's extended grid (cells and margins) must not be published, and why:
 * primary (the count itself is small) or secondary (hidden so that a primary one cannot be
 * recomputed from totals and other cells).
 */
public final class SuppressionMask {

    /** Why a place is hidden. */
    public enum Reason {
        NONE,
        PRIMARY,
        SECONDARY
    }

    private final Reason[][] reasons;
    private final int rows;
    private final int columns;

    SuppressionMask(int rows, int columns) {
        this.rows = rows;
        this.columns = columns;
        this.reasons = new Reason[rows + 1][columns + 1];
        for (Reason[] line : reasons) {
            java.util.Arrays.fill(line, Reason.NONE);
        }
    }

    void mark(int row, int column, Reason reason) {
        if (reasons[row][column] == Reason.NONE) {
            reasons[row][column] = reason;
        }
    }

    /** Whether the place (cell or margin, on the extended grid) is hidden. */
    public boolean isSuppressed(int row, int column) {
        return reasons[row][column] != Reason.NONE;
    }

    public Reason reason(int row, int column) {
        return reasons[row][column];
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** How many places are hidden for the given reason. */
    public int count(Reason reason) {
        int count = 0;
        for (Reason[] line : reasons) {
            for (Reason each : line) {
                if (each == reason) {
                    count++;
                }
            }
        }
        return count;
    }
}
