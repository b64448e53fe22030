package org.homeward.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.homeward.registry.ReturnType;

/**
 * UNHCR's yearly figures of returned Syrian refugees (by country of asylum) and returned IDPs,
 * from {@code demo/syria-returns-by-year.csv} ("UNHCR Refugee Data Finder", CC BY 4.0).
 */
final class UnhcrReturnFigures {

    private static final String RESOURCE = "/demo/syria-returns-by-year.csv";

    private UnhcrReturnFigures() {}

    /** Every non-zero figure, ordered by year, return type and country. */
    public static List<ReturnFigure> load() {
        List<ReturnFigure> figures = new ArrayList<>();
        for (CSVRecord record : DemoResources.csvRecords(RESOURCE)) {
            int year = Integer.parseInt(record.get("year"));
            String country = record.get("coa_iso");
            add(figures, year, ReturnType.REFUGEE, country, record.get("returned_refugees"));
            add(figures, year, ReturnType.IDP, ReturnFigure.SYRIA, record.get("returned_idps"));
        }
        figures.sort(Comparator.comparingInt(ReturnFigure::year)
                .thenComparing(ReturnFigure::returnType)
                .thenComparing(ReturnFigure::countryOfAsylum));
        return List.copyOf(figures);
    }

    private static void add(List<ReturnFigure> figures, int year, ReturnType type, String country, String text) {
        // The source writes some round numbers in exponent form, e.g. 6e+05.
        long individuals = Math.round(Double.parseDouble(text.trim()));
        if (individuals > 0) {
            figures.add(new ReturnFigure(year, type, country, individuals));
        }
    }
}
