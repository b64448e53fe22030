package org.homeward.linkage.engine;

/** What one field added to a pair's match weight, and why: the values compared and their level. */
public record FieldContribution(LinkageField field, String left, String right, int level, double weight) {

    public String levelName() {
        return field.levelName(level);
    }

    @Override
    public String toString() {
        return String.format(
                java.util.Locale.ROOT, "%s %s (%s | %s) %+.2f", field.column(), levelName(), left, right, weight);
    }
}
