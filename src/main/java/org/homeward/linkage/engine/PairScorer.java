package org.homeward.linkage.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The score stage: a pair's Fellegi–Sunter match weight, the sum over fields of log2(m/u) of the
 * agreement level, with agreement on a name adjusted by how common the name is; missing values
 * add nothing. Thread-safe.
 */
public final class PairScorer {

    private static final int[] NAME_LINKS = {
        StandardRecord.GIVEN, StandardRecord.FATHER, StandardRecord.GRANDFATHER, StandardRecord.FAMILY
    };
    private final LinkageModel model;
    private final ThreadLocal<int[]> scratch = ThreadLocal.withInitial(() -> new int[LinkageField.ALL.length]);

    public PairScorer(LinkageModel model) {
        this.model = model;
    }

    public LinkageModel model() {
        return model;
    }

    /** The total match weight (prior included) of a pair. */
    public double weight(StandardRecord a, StandardRecord b) {
        return weight(a, b, scratch.get());
    }

    /** The total match weight, leaving the levels in {@code levels}. */
    double weight(StandardRecord a, StandardRecord b, int[] levels) {
        boolean swapped = PairComparison.compare(a, b, levels);
        Kinship kinship = Kinship.of(levels, a, b);
        LinkageField telling = kinship.tellingField();
        double total = model.priorWeight();
        for (int f = 0; f < levels.length; f++) {
            int level = levels[f];
            if (level < 0) {
                continue;
            }
            LinkageField field = LinkageField.ALL[f];
            total += fieldWeight(field, level, telling, a, b, levels);
            if (f < NAME_LINKS.length && level >= NameComparator.VARIANT) {
                total += adjustment(field, a, b, swapped);
            }
        }
        return kinship == Kinship.NONE ? total : Math.min(total, Kinship.CEILING);
    }

    /**
     * A level's weight: the estimated one, except the fixed weight of the name that tells relatives
     * apart, and a bound on birth years more than ten apart (with no identifier agreeing): estimation
     * learns "different date" from year-only and placeholder dates and would weigh twenty years
     * apart as lightly as three.
     */
    private double fieldWeight(
            LinkageField field, int level, LinkageField telling, StandardRecord a, StandardRecord b, int[] levels) {
        if (field == telling) {
            return Kinship.RELATIVE_NAME_WEIGHT;
        }
        double weight = model.weight(field, level);
        if (field == LinkageField.BIRTH_DATE
                && level == BirthDateComparator.DIFFERENT
                && PairComparison.farApart(a.birthDate(), b.birthDate(), levels)) {
            return Math.min(weight, PairComparison.FAR_APART_WEIGHT);
        }
        return weight;
    }

    /** How the two records are probably related (the reason they may not be linked automatically). */
    public Kinship kinship(StandardRecord a, StandardRecord b) {
        int[] levels = scratch.get();
        PairComparison.compare(a, b, levels);
        return Kinship.of(levels, a, b);
    }

    /**
     * The weight the clusterer checks a group against: a pair of relatives is a firm
     * "cannot link", whatever else agrees, so no third record can chain two brothers into one.
     */
    public double clusteringWeight(StandardRecord a, StandardRecord b) {
        int[] levels = scratch.get();
        double total = weight(a, b, levels);
        boolean related = total <= Kinship.CEILING && kinship(a, b) != Kinship.NONE;
        return related ? Double.NEGATIVE_INFINITY : total;
    }

    private double adjustment(LinkageField field, StandardRecord a, StandardRecord b, boolean swapped) {
        int link = NAME_LINKS[field.ordinal()];
        int otherLink = swapped && link == StandardRecord.GIVEN
                ? StandardRecord.FAMILY
                : swapped && link == StandardRecord.FAMILY ? StandardRecord.GIVEN : link;
        double left = model.frequencyAdjustment(field, a.name(link).skeleton());
        double right = model.frequencyAdjustment(field, b.name(otherLink).skeleton());
        return Math.min(left, right);
    }

    /** The pair explained field by field. */
    public ScoredPair score(StandardRecord a, StandardRecord b) {
        return score(a, b, 0);
    }

    ScoredPair score(StandardRecord a, StandardRecord b, double householdWeight) {
        int[] levels = new int[LinkageField.ALL.length];
        boolean swapped = PairComparison.compare(a, b, levels);
        Kinship kinship = Kinship.of(levels, a, b);
        List<FieldContribution> contributions = new ArrayList<>();
        for (LinkageField field : LinkageField.ALL) {
            if (!model.uses(field)) {
                continue;
            }
            int level = levels[field.ordinal()];
            double weight = fieldWeight(field, level, kinship.tellingField(), a, b, levels);
            if (field.ordinal() < NAME_LINKS.length && level >= NameComparator.VARIANT) {
                weight += adjustment(field, a, b, swapped);
            }
            int link = field.ordinal() < NAME_LINKS.length ? NAME_LINKS[field.ordinal()] : -1;
            int otherLink = swapped && link == StandardRecord.GIVEN
                    ? StandardRecord.FAMILY
                    : swapped && link == StandardRecord.FAMILY ? StandardRecord.GIVEN : link;
            contributions.add(
                    new FieldContribution(field, value(a, field, link), value(b, field, otherLink), level, weight));
        }
        double uncapped = model.priorWeight()
                + householdWeight
                + contributions.stream().mapToDouble(FieldContribution::weight).sum();
        double cap = kinship == Kinship.NONE ? 0 : Math.min(0, Kinship.CEILING - uncapped);
        return new ScoredPair(
                a.id(), b.id(), model.priorWeight(), contributions, swapped, householdWeight, kinship, cap);
    }

    private static String value(StandardRecord record, LinkageField field, int link) {
        return switch (field) {
            case GIVEN_NAME, FATHER_NAME, GRANDFATHER_NAME, FAMILY_NAME ->
                record.name(link).toString();
            case SEX -> record.sex() == 0 ? "" : String.valueOf(record.sex());
            case BIRTH_DATE -> record.birthDate().toString();
            case PLACE -> record.place();
            case PHONE -> record.phone();
            case DOCUMENT -> record.document();
            case ADDRESS -> String.join(" ", record.address());
        };
    }
}
