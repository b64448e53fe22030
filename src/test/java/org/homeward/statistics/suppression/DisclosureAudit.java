package org.homeward.statistics.suppression;

import java.util.ArrayList;
import java.util.List;

/**
 * An attacker's tools, written independently of the engine: repeated subtraction along rows and
 * columns (margins included), and exact linear algebra over every additive equation of the table.
 * Both answer the hidden places whose values they can work out.
 */
final class DisclosureAudit {

    private DisclosureAudit() {}

    /** Places whose value follows by subtracting known values along a row or a column, repeatedly. */
    static List<int[]> recoverableBySubtraction(CountTable table, boolean[][] hidden) {
        int rows = table.rows();
        int columns = table.columns();
        boolean[][] known = new boolean[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                known[r][c] = !hidden[r][c];
            }
        }
        List<int[]> recovered = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int r = 0; r <= rows; r++) {
                progress |= solveLine(known, recovered, hidden, r, -1, columns);
            }
            for (int c = 0; c <= columns; c++) {
                progress |= solveLine(known, recovered, hidden, -1, c, rows);
            }
        }
        return recovered;
    }

    /** A line (row {@code r} or column {@code c}, its total included) with exactly one unknown gives that unknown. */
    private static boolean solveLine(
            boolean[][] known, List<int[]> recovered, boolean[][] hidden, int r, int c, int length) {
        int unknownAt = -1;
        int unknowns = 0;
        for (int i = 0; i <= length; i++) {
            boolean isKnown = r >= 0 ? known[r][i] : known[i][c];
            if (!isKnown) {
                unknowns++;
                unknownAt = i;
            }
        }
        if (unknowns != 1) {
            return false;
        }
        int row = r >= 0 ? r : unknownAt;
        int column = r >= 0 ? unknownAt : c;
        known[row][column] = true;
        if (hidden[row][column]) {
            recovered.add(new int[] {row, column});
        }
        return true;
    }

    /**
     * Hidden places fixed by the published values through any combination of the table's
     * equations: those on which every solution of the homogeneous system over the hidden places is zero.
     */
    static List<int[]> determinedByLinearAlgebra(CountTable table, boolean[][] hidden) {
        int rows = table.rows();
        int columns = table.columns();
        List<int[]> variables = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                if (hidden[r][c]) {
                    variables.add(new int[] {r, c});
                }
            }
        }
        List<double[]> equations = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            double[] equation = new double[variables.size()];
            for (int v = 0; v < variables.size(); v++) {
                int[] place = variables.get(v);
                if (place[0] == r) {
                    equation[v] = place[1] == columns ? -1 : 1;
                }
            }
            equations.add(equation);
        }
        for (int c = 0; c <= columns; c++) {
            double[] equation = new double[variables.size()];
            for (int v = 0; v < variables.size(); v++) {
                int[] place = variables.get(v);
                if (place[1] == c) {
                    equation[v] = place[0] == rows ? -1 : 1;
                }
            }
            equations.add(equation);
        }
        boolean[] determined = determined(equations, variables.size());
        List<int[]> result = new ArrayList<>();
        for (int v = 0; v < variables.size(); v++) {
            if (determined[v]) {
                result.add(variables.get(v));
            }
        }
        return result;
    }

    /** Reduced row echelon form; a variable is determined when it is a pivot whose row has no free variable. */
    private static boolean[] determined(List<double[]> equations, int variables) {
        double[][] matrix = equations.toArray(double[][]::new);
        int[] pivotOfRow = new int[matrix.length];
        java.util.Arrays.fill(pivotOfRow, -1);
        boolean[] isPivot = new boolean[variables];
        int row = 0;
        for (int column = 0; column < variables && row < matrix.length; column++) {
            int best = row;
            for (int r = row; r < matrix.length; r++) {
                if (Math.abs(matrix[r][column]) > Math.abs(matrix[best][column])) {
                    best = r;
                }
            }
            if (Math.abs(matrix[best][column]) < 1e-9) {
                continue;
            }
            double[] swap = matrix[row];
            matrix[row] = matrix[best];
            matrix[best] = swap;
            double pivot = matrix[row][column];
            for (int k = 0; k < variables; k++) {
                matrix[row][k] /= pivot;
            }
            for (int r = 0; r < matrix.length; r++) {
                if (r != row && Math.abs(matrix[r][column]) > 1e-12) {
                    double factor = matrix[r][column];
                    for (int k = 0; k < variables; k++) {
                        matrix[r][k] -= factor * matrix[row][k];
                    }
                }
            }
            pivotOfRow[row] = column;
            isPivot[column] = true;
            row++;
        }
        boolean[] determined = new boolean[variables];
        for (int r = 0; r < row; r++) {
            boolean onlyPivot = true;
            for (int k = 0; k < variables; k++) {
                if (k != pivotOfRow[r] && !isPivot[k] && Math.abs(matrix[r][k]) > 1e-9) {
                    onlyPivot = false;
                }
            }
            determined[pivotOfRow[r]] = onlyPivot;
        }
        return determined;
    }
}
