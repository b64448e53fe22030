package org.homeward.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dashboard's charts: each a query on the summary, with the address of its numbers as JSON
 * (the chart reads them) and as HXL CSV (people download them), under the dashboard's filters.
 */
final class DashboardCharts {

    /** One chart: its element id, how to draw it, its title's message key, and its two addresses. */
    public record Chart(String id, String kind, String title, String json, String csv) {}

    private DashboardCharts() {}

    static List<Chart> of(IndicatorQuery filters, TableDimension grain) {
        Map<String, String> base = base(filters);
        TableDimension areas = filters.area() == null
                ? TableDimension.ADM1
                : filters.area().length() == 4 ? TableDimension.ADM2 : TableDimension.ADM3;
        List<Chart> charts = new ArrayList<>();
        charts.add(chart(
                "chart-time", "time", "statistics.chart.time", base, "rows", grain.parameter(), "columns", "type"));
        charts.add(chart("chart-map", "map", "statistics.chart.map", base, "rows", areas.parameter()));
        charts.add(chart(
                "chart-areas", "bars", "statistics.chart.areas", base, "rows", areas.parameter(), "columns", "type"));
        charts.add(chart(
                "chart-countries", "bars", "statistics.chart.countries", base, "rows", "country", "type", "refugee"));
        charts.add(chart("chart-ages", "pyramid", "statistics.chart.ages", base, "rows", "age", "columns", "sex"));
        charts.add(chart("chart-crossings", "bars", "statistics.chart.crossings", base, "rows", "crossing"));
        return charts;
    }

    /** One export link: its format, its layout's message key, and its address. */
    public record Export(String format, String layout, String address) {}

    static List<Export> exports(IndicatorQuery filters) {
        List<Export> exports = new ArrayList<>();
        for (String format : List.of("hxl", "xlsx", "json")) {
            for (String by : List.of("month,adm1", "year,country", "adm3")) {
                Map<String, String> parameters = new LinkedHashMap<>(base(filters));
                parameters.put("format", format);
                parameters.put("by", by);
                exports.add(new Export(
                        format,
                        "statistics.export.by." + by.replace(',', '.'),
                        address("/api/v1/statistics/export", parameters)));
            }
            for (String table : List.of("conditions", "plans")) {
                Map<String, String> parameters = new LinkedHashMap<>();
                parameters.put("table", table);
                parameters.put("format", format);
                parameters.put("from", filters.from().toString());
                parameters.put("to", filters.to().toString());
                exports.add(new Export(
                        format, "statistics.exports." + table, address("/api/v1/statistics/export", parameters)));
            }
        }
        return exports;
    }

    static Map<String, String> base(IndicatorQuery filters) {
        Map<String, String> base = new LinkedHashMap<>();
        base.put("from", filters.from().toString());
        base.put("to", filters.to().toString());
        if (filters.area() != null) {
            base.put("area", filters.area());
        }
        if (filters.returnType() != null) {
            base.put("type", filters.returnType().name().toLowerCase(java.util.Locale.ROOT));
        }
        base.put("counting", filters.counting().name().toLowerCase(java.util.Locale.ROOT));
        return base;
    }

    private static Chart chart(String id, String kind, String title, Map<String, String> base, String... extra) {
        Map<String, String> parameters = new LinkedHashMap<>(base);
        for (int i = 0; i < extra.length; i += 2) {
            parameters.put(extra[i], extra[i + 1]);
        }
        return new Chart(
                id,
                kind,
                title,
                address("/api/v1/statistics/returns", parameters),
                address("/api/v1/statistics/returns.csv", parameters));
    }

    static String address(String path, Map<String, String> parameters) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        parameters.forEach(builder::queryParam);
        return builder.encode().build().toUriString();
    }
}
