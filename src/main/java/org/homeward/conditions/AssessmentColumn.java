package org.homeward.conditions;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A column of an assessments file, known by its header or by its HXL hashtag: the tag's base and
 * the attributes it must carry, in any order and among any others.
 */
enum AssessmentColumn {
    SUBDISTRICT_PCODE("subdistrict_pcode", true, "#adm3", "code"),
    COMMUNITY_PCODE("community_pcode", false, "#loc", "code"),
    INDICATOR("indicator", true, "#indicator", "code"),
    VALUE("value", true, "#indicator", "value"),
    SOURCE_ORGANISATION("source_organisation", true, "#org"),
    ASSESSED_ON("assessed_on", true, "#date"),
    METHOD("method", true, "#meta", "method"),
    CONFIDENCE("confidence", true, "#meta", "confidence");

    private final String header;
    private final boolean required;
    private final String tag;
    private final Set<String> attributes;

    AssessmentColumn(String header, boolean required, String tag, String... attributes) {
        this.header = header;
        this.required = required;
        this.tag = tag;
        this.attributes = Set.of(attributes);
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    /** The column a header names, ignoring case and surrounding spaces. */
    static Optional<AssessmentColumn> ofHeader(String text) {
        String name = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(column -> column.header.equals(name))
                .findFirst();
    }

    /** The column an HXL hashtag such as {@code #adm3 +code} or {@code #indicator+value+num} stands for. */
    static Optional<AssessmentColumn> ofHashtag(String text) {
        List<String> parts = Arrays.stream(
                        text.trim().toLowerCase(Locale.ROOT).replace(" ", "").split("\\+"))
                .toList();
        if (parts.isEmpty() || !parts.get(0).startsWith("#")) {
            return Optional.empty();
        }
        Set<String> given = Set.copyOf(parts.subList(1, parts.size()));
        // the value column is the one tagged +value; an #indicator tag without it names the indicator
        return Arrays.stream(values())
                .filter(column -> column.tag.equals(parts.get(0)) && given.containsAll(column.attributes))
                .filter(column -> column != INDICATOR || !given.contains("value"))
                .findFirst();
    }

    /** Whether a cell looks like an HXL hashtag. */
    static boolean isHashtag(String cell) {
        return cell.trim().startsWith("#");
    }
}
