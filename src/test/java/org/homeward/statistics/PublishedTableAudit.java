package org.homeward.statistics;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What an attacker can do with a published table and its totals, written apart from the engine:
 * read small counts, and subtract along rows and columns (margins included), again and again,
 * from every line that has one hidden value left. Answers the problems found, with their place.
 */
final class PublishedTableAudit {

    private PublishedTableAudit() {}

    /** A published grid of counts: values[r][c] on the extended grid (last row and column are totals), null when hidden. */
    record Grid(String name, Long[][] values) {}

    /** Problems of an API table: small counts, hidden cells with a value, recoverable cells, revealing running totals. */
    static List<String> ofTable(String name, JsonNode table, int threshold) {
        int rows = table.get("rows").size();
        int columns = table.get("columns").size();
        Long[][] values = new Long[rows + 1][columns + 1];
        List<String> problems = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                JsonNode cell = r < rows && c < columns
                        ? table.get("cells").get(r).get(c)
                        : r < rows
                                ? table.get("rowTotals").get(r)
                                : c < columns ? table.get("columnTotals").get(c) : table.get("total");
                boolean suppressed = cell.get("suppressed").asBoolean();
                if (suppressed && !cell.get("value").isNull()) {
                    problems.add(name + ": hidden cell " + r + "," + c + " carries a value");
                }
                values[r][c] = suppressed ? null : cell.get("value").asLong();
            }
        }
        problems.addAll(of(new Grid(name, values), threshold));
        problems.addAll(runningTotals(name, table, values, rows, columns));
        return problems;
    }

    static List<String> of(Grid grid, int threshold) {
        List<String> problems = new ArrayList<>();
        Long[][] values = grid.values();
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                Long value = values[r][c];
                if (value != null && value > 0 && value < threshold) {
                    problems.add(grid.name() + ": small count " + value + " at " + r + "," + c);
                }
            }
        }
        for (int[] place : recoverable(values)) {
            problems.add(grid.name() + ": hidden cell " + place[0] + "," + place[1] + " recoverable by subtraction");
        }
        return problems;
    }

    /** Hidden places that repeated subtraction along rows and columns gives back. */
    static List<int[]> recoverable(Long[][] values) {
        int rows = values.length;
        int columns = values[0].length;
        boolean[][] known = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                known[r][c] = values[r][c] != null;
            }
        }
        List<int[]> found = new ArrayList<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int r = 0; r < rows; r++) {
                progress |= solve(known, values, found, r, -1);
            }
            for (int c = 0; c < columns; c++) {
                progress |= solve(known, values, found, -1, c);
            }
        }
        return found;
    }

    private static boolean solve(boolean[][] known, Long[][] values, List<int[]> found, int row, int column) {
        int length = row >= 0 ? known[0].length : known.length;
        int unknown = -1;
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (!(row >= 0 ? known[row][i] : known[i][column])) {
                unknown = i;
                count++;
            }
        }
        if (count != 1) {
            return false;
        }
        int r = row >= 0 ? row : unknown;
        int c = row >= 0 ? unknown : column;
        known[r][c] = true;
        if (values[r][c] == null) {
            found.add(new int[] {r, c});
        }
        return true;
    }

    /** Two published running totals whose difference spans exactly one hidden period give that period back. */
    private static List<String> runningTotals(String name, JsonNode table, Long[][] values, int rows, int columns) {
        List<String> problems = new ArrayList<>();
        JsonNode running = table.get("cumulative");
        if (running == null || running.isNull()) {
            return problems;
        }
        List<Integer> shown = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            if (!running.get(r).isNull()) {
                shown.add(r);
            }
        }
        shown.add(0, -1);
        if (values[rows][columns] != null && rows > 0 && !shown.contains(rows - 1)) {
            shown.add(rows - 1);
        }
        for (int i = 0; i < shown.size(); i++) {
            for (int j = i + 1; j < shown.size(); j++) {
                int hidden = 0;
                for (int r = shown.get(i) + 1; r <= shown.get(j); r++) {
                    hidden += values[r][columns] == null ? 1 : 0;
                }
                if (hidden == 1) {
                    problems.add(name + ": running totals at " + shown.get(i) + " and " + shown.get(j)
                            + " give a hidden period");
                }
            }
        }
        return problems;
    }
}
