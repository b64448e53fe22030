package org.homeward.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.springframework.stereotype.Service;

/**
 * Exports the registry's statistics, always protected: the export table (rows by period, area,
 * country or crossing; individuals, households, women, men, children) as HXL CSV, XLSX or JSON,
 * and the numbers of any dashboard chart as HXL CSV.
 */
@Service
public class StatisticsExportService {

    private final ReturnsExport returns;
    private final ChartCsvLayout charts;
    private final IndicatorService indicators;

    StatisticsExportService(ReturnsExport returns, ChartCsvLayout charts, IndicatorService indicators) {
        this.returns = returns;
        this.charts = charts;
        this.indicators = indicators;
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
}
