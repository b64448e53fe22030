package org.homeward.linkage.engine;

import java.util.List;

/** A field compared between two records, with the names of its agreement levels (lowest first). */
public enum LinkageField {
    GIVEN_NAME("given_name", List.of("different", "close", "variant", "exact")),
    FATHER_NAME("father_name", List.of("different", "close", "variant", "exact")),
    GRANDFATHER_NAME("grandfather_name", List.of("different", "close", "variant", "exact")),
    FAMILY_NAME("family_name", List.of("different", "close", "variant", "exact")),
    SEX("sex", List.of("different", "same")),
    BIRTH_DATE("date_of_birth", List.of("different", "years-apart", "slip", "same-year", "same-month", "same-day")),
    PLACE("place_of_origin", List.of("different", "near", "same")),
    PHONE("phone", List.of("different", "slip", "same")),
    DOCUMENT("national_id", List.of("different", "slip", "same")),
    ADDRESS("address", List.of("different", "some", "most", "same"));

    private final String column;
    private final List<String> levels;

    LinkageField(String column, List<String> levels) {
        this.column = column;
        this.levels = levels;
    }

    /** The default column name of the field in the CSV layout. */
    public String column() {
        return column;
    }

    public int levelCount() {
        return levels.size();
    }

    public String levelName(int level) {
        return level < 0 ? "missing" : levels.get(level);
    }

    /** Whether agreement on this field is weighed by how common the agreeing value is. */
    public boolean termFrequencyAdjusted() {
        return ordinal() <= FAMILY_NAME.ordinal();
    }

    static final LinkageField[] ALL = values();
}
