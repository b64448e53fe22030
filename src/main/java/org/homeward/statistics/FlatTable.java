package org.homeward.statistics;

import java.util.List;
import org.homeward.statistics.hxl.HxlColumn;

/**
 * A protected table laid flat for files: tagged columns, rows of values (null for a hidden or
 * empty cell), the total rows (margins, as protected as the rest; written to XLSX and JSON, left
 * out of HXL CSV so that a dataset summed on HDX is not counted twice), and the definitions that
 * travel with it (the XLSX definitions sheet, the JSON's {@code definitions}).
 */
record FlatTable(
        String title,
        List<HxlColumn> columns,
        List<List<Object>> rows,
        List<List<Object>> totals,
        List<Definition> definitions) {

    /** A term and what it means here. */
    record Definition(String term, String text) {}
}
