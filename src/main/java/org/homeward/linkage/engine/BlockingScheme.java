package org.homeward.linkage.engine;

import static org.homeward.linkage.engine.LinkageField.BIRTH_DATE;
import static org.homeward.linkage.engine.LinkageField.DOCUMENT;
import static org.homeward.linkage.engine.LinkageField.FAMILY_NAME;
import static org.homeward.linkage.engine.LinkageField.FATHER_NAME;
import static org.homeward.linkage.engine.LinkageField.GIVEN_NAME;
import static org.homeward.linkage.engine.LinkageField.GRANDFATHER_NAME;
import static org.homeward.linkage.engine.LinkageField.PHONE;
import static org.homeward.linkage.engine.LinkageField.PLACE;

import java.util.List;
import java.util.Set;

/**
 * The union of blocking rules: a pair is a candidate when any rule puts both records in one
 * block, so a pair that one rule misses (a typo in the family name, a year-only date) is caught
 * by another. Blocks larger than {@link #maximumBlockSize()} are split by one more field
 * ({@link #refinedKey}); what is still too large then is left out of that rule, and the other
 * rules, more specific for such common values, still see their pairs.
 */
public record BlockingScheme(List<BlockingRule> rules, int maximumBlockSize) {

    public static final int DEFAULT_MAXIMUM_BLOCK = 100;

    /** The default rules, the same for every dataset; a rule whose fields are absent yields no pairs. */
    public static BlockingScheme standard() {
        return new BlockingScheme(
                List.of(
                        new BlockingRule(
                                "given+family+year",
                                Set.of(GIVEN_NAME, FAMILY_NAME, BIRTH_DATE),
                                true,
                                r -> BlockingRule.hash(
                                        ordered(skeleton(r, StandardRecord.GIVEN), skeleton(r, StandardRecord.FAMILY)),
                                        year(r))),
                        new BlockingRule(
                                "given+father+family",
                                Set.of(GIVEN_NAME, FATHER_NAME, FAMILY_NAME),
                                true,
                                r -> BlockingRule.hash(
                                        skeleton(r, StandardRecord.GIVEN),
                                        skeleton(r, StandardRecord.FATHER),
                                        skeleton(r, StandardRecord.FAMILY))),
                        new BlockingRule(
                                "given+father+year",
                                Set.of(GIVEN_NAME, FATHER_NAME, BIRTH_DATE),
                                true,
                                r -> BlockingRule.hash(
                                        skeleton(r, StandardRecord.GIVEN),
                                        skeleton(r, StandardRecord.FATHER),
                                        year(r))),
                        new BlockingRule(
                                "father+grandfather+family",
                                Set.of(FATHER_NAME, GRANDFATHER_NAME, FAMILY_NAME),
                                false,
                                r -> BlockingRule.hash(
                                        skeleton(r, StandardRecord.FATHER),
                                        skeleton(r, StandardRecord.GRANDFATHER),
                                        skeleton(r, StandardRecord.FAMILY))),
                        new BlockingRule(
                                "family+date",
                                Set.of(FAMILY_NAME, BIRTH_DATE),
                                true,
                                r -> BlockingRule.hash(skeleton(r, StandardRecord.FAMILY), day(r))),
                        new BlockingRule(
                                "given+date",
                                Set.of(GIVEN_NAME, BIRTH_DATE),
                                true,
                                r -> BlockingRule.hash(skeleton(r, StandardRecord.GIVEN), day(r))),
                        new BlockingRule(
                                "date+place",
                                Set.of(BIRTH_DATE, PLACE),
                                true,
                                r -> BlockingRule.hash(day(r), r.place())),
                        new BlockingRule(
                                "given+family",
                                Set.of(GIVEN_NAME, FAMILY_NAME),
                                false,
                                r -> BlockingRule.hash(ordered(
                                        skeleton(r, StandardRecord.GIVEN), skeleton(r, StandardRecord.FAMILY)))),
                        new BlockingRule("phone", Set.of(PHONE), true, r -> BlockingRule.hash(r.phone())),
                        new BlockingRule("document", Set.of(DOCUMENT), true, r -> BlockingRule.hash(r.document())),
                        new BlockingRule(
                                "place+family",
                                Set.of(PLACE, FAMILY_NAME),
                                false,
                                r -> BlockingRule.hash(r.place(), skeleton(r, StandardRecord.FAMILY))),
                        new BlockingRule(
                                "place+given",
                                Set.of(PLACE, GIVEN_NAME),
                                false,
                                r -> BlockingRule.hash(r.place(), skeleton(r, StandardRecord.GIVEN))),
                        // Letters in sorted order survive transposed letters ("rmbeA" for "Amber"), which
                        // break the consonant skeletons the rules above block on.
                        new BlockingRule(
                                "sorted given+family",
                                Set.of(GIVEN_NAME, FAMILY_NAME),
                                false,
                                r -> BlockingRule.hash(ordered(
                                        sortedLetters(r, StandardRecord.GIVEN),
                                        sortedLetters(r, StandardRecord.FAMILY)))),
                        new BlockingRule(
                                "sorted family+date",
                                Set.of(FAMILY_NAME, BIRTH_DATE),
                                false,
                                r -> BlockingRule.hash(sortedLetters(r, StandardRecord.FAMILY), day(r)))),
                DEFAULT_MAXIMUM_BLOCK);
    }

    /**
     * The key that splits a block too large for the rule: its key joined with one more field the
     * rule does not use, the first of father's name, given name, family name, birth year and
     * grandfather's name; 0 when the record lacks that field.
     */
    public long refinedKey(int rule, StandardRecord record, long key) {
        Set<LinkageField> used = rules.get(rule).fields();
        String value;
        if (!used.contains(FATHER_NAME)) {
            value = skeleton(record, StandardRecord.FATHER);
        } else if (!used.contains(GIVEN_NAME)) {
            value = skeleton(record, StandardRecord.GIVEN);
        } else if (!used.contains(FAMILY_NAME)) {
            value = skeleton(record, StandardRecord.FAMILY);
        } else if (!used.contains(BIRTH_DATE)) {
            value = year(record);
        } else {
            value = skeleton(record, StandardRecord.GRANDFATHER);
        }
        return BlockingRule.hash(Long.toHexString(key), value);
    }

    private static String skeleton(StandardRecord record, int link) {
        return record.name(link).skeleton();
    }

    /** The letters of the name's spelling (Latin, else Arabic) in sorted order; "" when unknown. */
    private static String sortedLetters(StandardRecord record, int link) {
        StandardName name = record.name(link);
        String spelling = name.latin() != null ? name.latin() : name.arabic();
        if (spelling == null) {
            return "";
        }
        char[] letters = spelling.toCharArray();
        java.util.Arrays.sort(letters);
        return new String(letters);
    }

    private static String ordered(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "";
        }
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    private static String year(StandardRecord record) {
        return record.birthDate().isKnown()
                ? Integer.toString(record.birthDate().year())
                : null;
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
