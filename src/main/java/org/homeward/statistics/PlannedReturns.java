package org.homeward.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * Return plans' targets set beside the persons scheduled, boarded and arrived, by plan, country of
 * asylum, crossing point and ISO week, protected. Targets are plans, not people, and are published
 * as they are; the three counts of people are each protected with their total.
 *
 * @param rows      one per plan, country, crossing and week
 * @param total     the totals of the whole period
 * @param threshold counts from 1 to this minus one are hidden
 */
record PlannedReturns(LocalDate from, LocalDate to, List<Row> rows, Row total, int threshold) {

    /** One cell of the plan: its keys, the persons planned, and the protected counts of persons. */
    public record Row(
            String plan,
            String asylumCountry,
            String crossingCode,
            String week,
            long planned,
            IndicatorTable.Cell scheduled,
            IndicatorTable.Cell boarded,
            IndicatorTable.Cell arrived) {

        /** How far arrivals reached the target, in percent; null when there is no target or the count is hidden. */
        public Long arrivedPercent() {
            return planned == 0 || arrived.value() == null ? null : Math.round(100.0 * arrived.value() / planned);
        }
    }

    /** The largest planned or published count, to scale the dashboard's bars. */
    public long largest() {
        long largest = 1;
        for (Row row : rows) {
            largest = Math.max(largest, row.planned());
            for (IndicatorTable.Cell cell : List.of(row.scheduled(), row.boarded(), row.arrived())) {
                largest = cell.value() == null ? largest : Math.max(largest, cell.value());
            }
        }
        return largest;
    }
}
