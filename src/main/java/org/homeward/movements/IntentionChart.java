package org.homeward.movements;

import java.util.ArrayList;
import java.util.List;

/**
 * The bar chart of the figures page: one bar per country of asylum, as long as the persons
 * intending to return from there. A hidden total is drawn as no bar, marked hidden, never estimated.
 */
record IntentionChart(List<Bar> bars, int height) {

    static final int WIDTH = 600;
    static final int BAR = 28;

    /** One bar: the country's name, its published total (null when hidden) and the bar's length. */
    record Bar(String label, Long value, int length, int y) {}

    static IntentionChart of(IntentionFigureTable table) {
        long most = table.intending().stream()
                .filter(line -> line.total() != null)
                .mapToLong(IntentionFigureTable.Line::total)
                .max()
                .orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (IntentionFigureTable.Line line : table.intending()) {
            int length = line.total() == null || most == 0 ? 0 : (int) Math.max(1, line.total() * (WIDTH - 200) / most);
            String label = line.name().isEmpty() ? line.country() : line.name();
            bars.add(new Bar(label, line.total(), length, bars.size() * (BAR + 8)));
        }
        return new IntentionChart(bars, Math.max(BAR, bars.size() * (BAR + 8)));
    }
}
