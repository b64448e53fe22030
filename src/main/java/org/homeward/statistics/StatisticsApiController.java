package org.homeward.statistics;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.homeward.problems.CommonProblemCode;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry's statistics through the API, for every signed-in role (aggregates only, always
 * protected): tables as JSON, any table's numbers as HXL CSV, and the export in three formats.
 */
@RestController
@RequestMapping("/api/v1/statistics")
@PreAuthorize("isAuthenticated()")
class StatisticsApiController {

    private final IndicatorService indicators;
    private final StatisticsExportService exports;
    private final ConditionReturnsService conditionReturns;
    private final Clock clock;

    StatisticsApiController(
            IndicatorService indicators,
            StatisticsExportService exports,
            ConditionReturnsService conditionReturns,
            Clock clock) {
        this.indicators = indicators;
        this.exports = exports;
        this.conditionReturns = conditionReturns;
        this.clock = clock;
    }

    /** A table: {@code stage, type, from, to, area, country, rows, columns, unit, counting}. */
    @GetMapping("/returns")
    IndicatorTable returns(@RequestParam Map<String, String> parameters, Locale locale) {
        return indicators.table(IndicatorQueryReader.read(parameters, today()), locale);
    }

    @GetMapping("/returns.csv")
    void returnsCsv(@RequestParam Map<String, String> parameters, Locale locale, HttpServletResponse response)
            throws IOException {
        IndicatorQuery query = IndicatorQueryReader.read(parameters, today());
        attachment(response, StatisticsExportFormat.HXL, "returns");
        exports.chart(query, response.getOutputStream(), locale);
    }

    /**
     * Returns by the condition of the destination area (red, amber, unknown, green), {@code rows}
     * month (default) or year, over {@code from} to {@code to}; 204 when no feature judges areas.
     */
    @GetMapping("/returns-by-condition")
    ResponseEntity<ConditionReturns> returnsByCondition(@RequestParam Map<String, String> parameters) {
        IndicatorQuery query = IndicatorQueryReader.read(parameters, today());
        TableDimension period =
                query.rowDimension().filter(TableDimension::isTime).orElse(TableDimension.MONTH);
        return conditionReturns
                .table(query.from(), query.to(), period)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    /**
     * An export in {@code format} (hxl, xlsx, json). {@code table} chooses it: {@code returns} (the
     * default: {@code by} up to two of month, adm1, country..., and filters), {@code conditions}
     * (returns into red and amber areas, {@code by} month or year) or {@code plans} (planned against
     * actual by plan, country, crossing and week); {@code from} and {@code to} for all three.
     */
    @GetMapping("/export")
    void export(@RequestParam Map<String, String> parameters, Locale locale, HttpServletResponse response)
            throws IOException {
        StatisticsExportFormat format = StatisticsExportFormat.parse(parameters.getOrDefault("format", "hxl"))
                .orElseThrow(() -> IndicatorQueryException.of(
                        "format", CommonProblemCode.PARAMETER_INVALID, "Use hxl, xlsx or json"));
        String table = parameters.getOrDefault("table", "returns");
        switch (table) {
            case "returns" -> {
                ExportRequest request = ExportRequest.read(parameters, today());
                attachment(response, format, "homeward-returns");
                exports.export(request, format, response.getOutputStream(), locale);
            }
            case "conditions", "plans" -> exportFigures(table, parameters, format, locale, response);
            default ->
                throw IndicatorQueryException.of(
                        "table", CommonProblemCode.PARAMETER_INVALID, "Use returns, conditions or plans");
        }
    }

    /** Writes the table of returns by area condition or of plans, or answers 204 when no feature provides it. */
    private void exportFigures(
            String table,
            Map<String, String> parameters,
            StatisticsExportFormat format,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        Map<String, String> filters = new HashMap<>(parameters);
        String by = filters.remove("by");
        IndicatorQuery query = IndicatorQueryReader.read(filters, today());
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        boolean written;
        if (table.equals("conditions")) {
            TableDimension period = TableDimension.parse(by == null ? "month" : by)
                    .filter(dimension -> dimension == TableDimension.MONTH || dimension == TableDimension.YEAR)
                    .orElseThrow(() ->
                            IndicatorQueryException.of("by", CommonProblemCode.PARAMETER_INVALID, "Use month or year"));
            written = exports.conditions(query.from(), query.to(), period, format, file, locale);
        } else {
            written = exports.plans(query.from(), query.to(), format, file, locale);
        }
        if (!written) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        attachment(response, format, table.equals("conditions") ? "homeward-returns-by-condition" : "homeward-plans");
        file.writeTo(response.getOutputStream());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static void attachment(HttpServletResponse response, StatisticsExportFormat format, String name) {
        response.setContentType(format.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension() + "\"");
    }
}
