package org.homeward.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * Exports the registry's statistics, always protected: the export table (rows by period, area,
 * country or crossing; individuals, households, women, men, children) as HXL CSV, XLSX or JSON,
 * the numbers of any dashboard chart as HXL CSV, and, in the same three formats, returns into red and
 * amber areas by period and return plans' planned against actual movements.
 */
@Service
public class StatisticsExportService {

    private final ReturnsExport returns;
    private final ChartCsvLayout charts;
    private final IndicatorService indicators;
    private final ConditionReturnsService conditionReturns;
    private final ConditionReturnsExport conditionExport;
    private final PlannedReturnsService plannedReturns;
    private final PlannedReturnsExport plannedExport;

    StatisticsExportService(
            ReturnsExport returns,
            ChartCsvLayout charts,
            IndicatorService indicators,
            ConditionReturnsService conditionReturns,
            ConditionReturnsExport conditionExport,
            PlannedReturnsService plannedReturns,
            PlannedReturnsExport plannedExport) {
        this.returns = returns;
        this.charts = charts;
        this.indicators = indicators;
        this.conditionReturns = conditionReturns;
        this.conditionExport = conditionExport;
        this.plannedReturns = plannedReturns;
        this.plannedExport = plannedExport;
    }

    public void export(ExportRequest request, StatisticsExportFormat format, OutputStream out, Locale locale)
            throws IOException {
        FlatTable table = returns.build(request, indicators.suppression(), locale);
        FlatTableFiles.write(table, format, out, "ar".equals(StatisticsLabels.language(locale)));
    }

    /** The numbers of one chart (a query's table) as HXL-tagged CSV. */
    public void chart(IndicatorQuery query, OutputStream out, Locale locale) throws IOException {
        IndicatorTable table = indicators.table(query, locale);
        FlatTableFiles.hxl(charts.layout(query, table, locale), out);
    }

    /**
     * Returns into red, amber, unknown and green areas by month or year; false, with nothing written,
     * when no feature judges areas.
     */
    public boolean conditions(
            LocalDate from,
            LocalDate to,
            TableDimension period,
            StatisticsExportFormat format,
            OutputStream out,
            Locale locale)
            throws IOException {
        var table = conditionReturns.table(from, to, period);
        if (table.isEmpty()) {
            return false;
        }
        FlatTableFiles.write(conditionExport.flat(table.get(), locale), format, out, rightToLeft(locale));
        return true;
    }

    /** Planned against actual returns by plan, country, crossing and week; false, with nothing written, when nobody plans. */
    public boolean plans(LocalDate from, LocalDate to, StatisticsExportFormat format, OutputStream out, Locale locale)
            throws IOException {
        var table = plannedReturns.table(from, to);
        if (table.isEmpty()) {
            return false;
        }
        FlatTableFiles.write(plannedExport.flat(table.get(), locale), format, out, rightToLeft(locale));
        return true;
    }

    private static boolean rightToLeft(Locale locale) {
        return "ar".equals(StatisticsLabels.language(locale));
    }
}
