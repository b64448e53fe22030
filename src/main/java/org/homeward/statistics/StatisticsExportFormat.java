package org.homeward.statistics;

import java.util.Locale;
import java.util.Optional;

/** The file formats of statistics exports. */
public enum StatisticsExportFormat {
    /** CSV with an HXL 1.1 hashtag row under the header, for HDX. */
    HXL("csv", "text/csv;charset=UTF-8"),
    /** An Excel workbook: the data sheet (with the hashtag row) and a definitions sheet. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    /** JSON: definitions, columns with their hashtags, and rows. */
    JSON("json", "application/json");

    private final String extension;
    private final String contentType;

    StatisticsExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<StatisticsExportFormat> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim().toUpperCase(Locale.ROOT);
        for (StatisticsExportFormat format : values()) {
            if (format.name().equals(name) || format.extension.equalsIgnoreCase(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
