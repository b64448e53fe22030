package org.homeward.linkage.engine;

import java.util.List;

/**
 * The union of blocking rules: a pair is a candidate when any rule puts both records in one
 * block, so a pair that one rule misses (a typo in the family name, a year-only date) is caught
 * by another. Blocks larger than {@link #maximumBlockSize()} are left out of that rule: the other
 * rules, more specific for such common values, still see their pairs.
 */
public record BlockingScheme(List<BlockingRule> rules, int maximumBlockSize) {

    public static final int DEFAULT_MAXIMUM_BLOCK = 500;

    /** The default rules, the same for every dataset; a rule whose fields are absent yields no pairs. */
    public static BlockingScheme standard() {
        return new BlockingScheme(List.of(
                new BlockingRule("given+family+year", r -> BlockingRule.hash(
                        ordered(skeleton(r, StandardRecord.GIVEN), skeleton(r, StandardRecord.FAMILY)), year(r))),
                new BlockingRule("given+father+family", r -> BlockingRule.hash(skeleton(r, StandardRecord.GIVEN),
                        skeleton(r, StandardRecord.FATHER), skeleton(r, StandardRecord.FAMILY))),
                new BlockingRule("given+father+year", r -> BlockingRule.hash(skeleton(r, StandardRecord.GIVEN),
                        skeleton(r, StandardRecord.FATHER), year(r))),
                new BlockingRule("father+grandfather+family", r -> BlockingRule.hash(
                        skeleton(r, StandardRecord.FATHER), skeleton(r, StandardRecord.GRANDFATHER),
                        skeleton(r, StandardRecord.FAMILY))),
                new BlockingRule("family+date", r -> BlockingRule.hash(skeleton(r, StandardRecord.FAMILY), day(r))),
                new BlockingRule("given+date", r -> BlockingRule.hash(skeleton(r, StandardRecord.GIVEN), day(r))),
                new BlockingRule("date+place", r -> BlockingRule.hash(day(r), r.place())),
                new BlockingRule("given+family", r -> BlockingRule.hash(
                        ordered(skeleton(r, StandardRecord.GIVEN), skeleton(r, StandardRecord.FAMILY)))),
                new BlockingRule("phone", r -> BlockingRule.hash(r.phone())),
                new BlockingRule("document", r -> BlockingRule.hash(r.document())),
                new BlockingRule("place+family", r -> BlockingRule.hash(r.place(), skeleton(r, StandardRecord.FAMILY))),
                new BlockingRule("place+given", r -> BlockingRule.hash(r.place(), skeleton(r, StandardRecord.GIVEN)))),
                DEFAULT_MAXIMUM_BLOCK);
    }

    private static String skeleton(StandardRecord record, int link) {
        return record.name(link).skeleton();
    }

    private static String ordered(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "";
        }
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private static String year(StandardRecord record) {
        return record.birthDate().isKnown() ? Integer.toString(record.birthDate().year()) : null;
    }

    /** The full date with day and month in order, so a day/month swap keeps the key. */
    private static String day(StandardRecord record) {
        LinkageDate date = record.birthDate();
        if (date.precision() != LinkageDate.Precision.DAY) {
            return null;
        }
        return date.year() + "-" + Math.min(date.month(), date.day()) + "-" + Math.max(date.month(), date.day());
    }

    /** The keys of one record under every rule, in rule order. */
    public long[] keys(StandardRecord record) {
        long[] keys = new long[rules.size()];
        for (int r = 0; r < keys.length; r++) {
            keys[r] = rules.get(r).keyOf(record);
        }
        return keys;
    }
}
