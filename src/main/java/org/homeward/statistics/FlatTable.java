package org.homeward.statistics;

import java.util.List;
import org.homeward.statistics.hxl.HxlColumn;

/**
 * A protected table laid flat for files: tagged columns, rows of values (null for a hidden or
 * empty cell), and the definitions that travel with it (the XLSX definitions sheet, the JSON's
 * {@code definitions}).
 */
record FlatTable(String title, List<HxlColumn> columns, List<List<Object>> rows, List<Definition> definitions) {

    /** A term and what it means here. */
    record Definition(String term, String text) {
    }
}
