package org.homeward.movements;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.homeward.statistics.hxl.HxlHashtag;

/**
 * The header of a survey export and how a column mapping's sources find their columns in it. KoBo
 * and ODK export either the form's column names ({@code return_intention}, inside groups
 * {@code household/return_intention}) or its labels ("Do you intend to return?"), optionally with a
 * row of HXL hashtags under them. A source that starts with {@code #} is looked up among the
 * hashtags (same tag and the same attributes, in any order); any other source among the header
 * cells, without regard to case or spacing, and for a name also as the last part of a group path.
 */
record SurveyHeader(List<String> cells, List<String> hashtags) {

    /** Whether the header holds the form's column names or its question labels. */
    enum Kind {
        NAMES,
        LABELS
    }

    /** An XLSForm name, possibly inside groups: letters, digits, {@code _ . -}, and {@code /} between groups. */
    private static final Pattern NAME =
            Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.\\-]*(/[\\p{L}_][\\p{L}\\p{N}_.\\-]*)*");

    SurveyHeader {
        cells = List.copyOf(cells);
        hashtags = List.copyOf(hashtags);
    }

    static SurveyHeader of(SurveySheet sheet) {
        return new SurveyHeader(sheet.header(), sheet.hashtags());
    }

    /** Whether a row is HXL's hashtag row: at least one hashtag, and nothing else but blank cells. */
    static boolean isHashtagRow(List<String> row) {
        boolean any = false;
        for (String cell : row) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            if (HxlHashtag.parse(cell).isEmpty()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Names when every header cell is shaped like an XLSForm name (meta columns such as {@code _uuid} too), else labels. */
    Kind kind() {
        boolean names = cells.stream()
                .filter(cell -> cell != null && !cell.isBlank())
                .allMatch(cell -> NAME.matcher(cell.strip()).matches());
        return names ? Kind.NAMES : Kind.LABELS;
    }

    /** The column of each mapped field that this header has; a field none of whose sources is here is left out. */
    Map<IntentionField, Located> locate(ColumnMapping mapping) {
        Map<IntentionField, Located> found = new EnumMap<>(IntentionField.class);
        for (IntentionField field : IntentionField.values()) {
            for (String source : mapping.sourcesOf(field)) {
                Optional<Integer> column = columnOf(source);
                if (column.isPresent()) {
                    found.put(field, new Located(column.get(), nameOf(column.get())));
                    break;
                }
            }
        }
        return found;
    }

    /** A field's column: its index and the header text that names it in problems. */
    record Located(int index, String name) {}

    Optional<Integer> columnOf(String source) {
        String wanted = source.strip();
        if (wanted.startsWith("#")) {
            return HxlHashtag.parse(wanted).flatMap(this::columnOfHashtag);
        }
        String folded = ColumnMapping.fold(wanted);
        for (int i = 0; i < cells.size(); i++) {
            String cell = ColumnMapping.fold(cells.get(i));
            if (cell.equals(folded)
                    || cell.endsWith("/" + folded)
                            && NAME.matcher(cells.get(i).strip()).matches()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private Optional<Integer> columnOfHashtag(HxlHashtag wanted) {
        for (int i = 0; i < hashtags.size(); i++) {
            Optional<HxlHashtag> tag = HxlHashtag.parse(hashtags.get(i));
            if (tag.isPresent()
                    && tag.get().tag().equals(wanted.tag())
                    && new HashSet<>(tag.get().attributes()).equals(new HashSet<>(wanted.attributes()))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** How a column is named in problems: its header text, or its hashtag when the header cell is blank. */
    private String nameOf(int column) {
        String header = column < cells.size() ? cells.get(column).strip() : "";
        if (!header.isEmpty()) {
            return header;
        }
        return column < hashtags.size() ? hashtags.get(column).strip() : "";
    }
}
