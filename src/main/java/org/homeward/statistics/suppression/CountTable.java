package org.homeward.statistics.suppression;

import java.util.Arrays;

/**
 * A two-way table of non-negative counts that is published together with its margins: a total
 * for every row, a total for every column and a grand total. Cells are addressed on the extended
 * grid, where row index {@link #rows()} is the row of column totals and column index
 * {@link #columns()} is the column of row totals; a one-way table is a table of one column.
 */
public final class CountTable {

    private final long[][] extended;
    private final int rows;
    private final int columns;

    private CountTable(long[][] extended, int rows, int columns) {
        this.extended = extended;
        this.rows = rows;
        this.columns = columns;
    }

    /** A table of the given interior cells (rows of equal length); the margins are computed. */
    public static CountTable of(long[][] interior) {
        return of(interior, interior.length == 0 ? 0 : interior[0].length);
    }

    /** A table of the given interior cells and number of columns, which a table without rows cannot tell. */
    public static CountTable of(long[][] interior, int columns) {
        int rows = interior.length;
        long[][] extended = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            if (interior[r].length != columns) {
                throw new IllegalArgumentException(
                        "Row " + r + " has " + interior[r].length + " cells, not " + columns);
            }
            for (int c = 0; c < columns; c++) {
                long value = interior[r][c];
                if (value < 0) {
                    throw new IllegalArgumentException("Counts are never negative: row " + r + ", column " + c);
                }
                extended[r][c] = value;
                extended[r][columns] += value;
                extended[rows][c] += value;
                extended[rows][columns] += value;
            }
        }
        return new CountTable(extended, rows, columns);
    }

    /** A one-way table: the values as one column, with their total. */
    public static CountTable line(long[] values) {
        long[][] interior = new long[values.length][1];
        for (int i = 0; i < values.length; i++) {
            interior[i][0] = values[i];
        }
        return of(interior);
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    /** The value at a place of the extended grid: {@code row == rows()} or {@code column == columns()} are margins. */
    public long value(int row, int column) {
        return extended[row][column];
    }

    public long grandTotal() {
        return extended[rows][columns];
    }

    boolean sameShapeAs(CountTable other) {
        return rows == other.rows && columns == other.columns;
    }

    @Override
    public String toString() {
        return Arrays.deepToString(extended);
    }
}
