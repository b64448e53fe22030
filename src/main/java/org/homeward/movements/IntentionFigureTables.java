package org.homeward.movements;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.homeward.places.PlaceLookup;
import org.homeward.statistics.StatisticsProperties;
import org.homeward.statistics.suppression.CountTable;
import org.homeward.statistics.suppression.SmallCellSuppression;
import org.homeward.statistics.suppression.SuppressionMask;
import org.springframework.stereotype.Component;

/**
 * Lays the current intentions out as the two published tables and protects each with the
 * statistics feature's small-cell suppression, at the threshold the statistics use
 * ({@code homeward.statistics.suppression.*}), so that no count points at a household.
 */
@Component
class IntentionFigureTables {

    private final IntentionFigures figures;
    private final PlaceLookup places;
    private final SmallCellSuppression suppression;

    IntentionFigureTables(IntentionFigures figures, PlaceLookup places, StatisticsProperties statistics) {
        this.figures = figures;
        this.places = places;
        this.suppression = new SmallCellSuppression(
                statistics.suppression().threshold(), statistics.suppression().suppressZeroCells());
    }

    IntentionFigureTable table(LocalDate from, LocalDate to, String language) {
        List<IntentionRepository.CurrentCount> counts = figures.allCurrent(from, to);
        List<String> countries = new ArrayList<>(new TreeSet<>(counts.stream()
                .map(IntentionRepository.CurrentCount::asylumCountry)
                .toList()));
        List<String> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        long[][] intending = new long[countries.size()][months.size()];
        long[][] households = new long[countries.size()][IntentionAnswer.values().length];
        for (IntentionRepository.CurrentCount count : counts) {
            int row = countries.indexOf(count.asylumCountry());
            if (count.intention().intends()) {
                intending[row][months.indexOf(YearMonth.from(count.month()).toString())] += count.persons();
            }
            households[row][count.intention().ordinal()] += count.households();
        }
        Protected persons = protect(CountTable.of(intending, months.size()));
        Protected byAnswer = protect(CountTable.of(households, IntentionAnswer.values().length));
        return new IntentionFigureTable(
                from,
                to,
                (int) suppression.threshold(),
                months,
                persons.lines(countries, this::name, language),
                persons.columnTotals(),
                persons.total(),
                Arrays.asList(IntentionAnswer.values()),
                byAnswer.lines(countries, this::name, language),
                byAnswer.columnTotals(),
                byAnswer.total());
    }

    private String name(String country, String language) {
        if (country.isEmpty()) {
            return "";
        }
        return places.displayName(country, language).orElse(country);
    }

    private Protected protect(CountTable table) {
        return new Protected(table, suppression.protect(table));
    }

    /** A table with its protection: what may be shown of it. */
    private record Protected(CountTable table, SuppressionMask mask) {

        Long shown(int row, int column) {
            return mask.isSuppressed(row, column) ? null : table.value(row, column);
        }

        List<IntentionFigureTable.Line> lines(
                List<String> countries, java.util.function.BinaryOperator<String> names, String language) {
            List<IntentionFigureTable.Line> lines = new ArrayList<>();
            for (int row = 0; row < table.rows(); row++) {
                List<Long> values = new ArrayList<>();
                for (int column = 0; column < table.columns(); column++) {
                    values.add(shown(row, column));
                }
                lines.add(new IntentionFigureTable.Line(
                        countries.get(row),
                        names.apply(countries.get(row), language),
                        values,
                        shown(row, table.columns())));
            }
            return lines;
        }

        List<Long> columnTotals() {
            List<Long> totals = new ArrayList<>();
            for (int column = 0; column < table.columns(); column++) {
                totals.add(shown(table.rows(), column));
            }
            return totals;
        }

        Long total() {
            return shown(table.rows(), table.columns());
        }
    }
}
