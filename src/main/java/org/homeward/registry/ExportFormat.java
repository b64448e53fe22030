package org.homeward.registry;

/** File formats of the interchange layout. */
public enum ExportFormat {
    CSV,
    XLSX
}
