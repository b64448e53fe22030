package org.homeward.demo;

import java.util.Set;
import java.util.random.RandomGenerator;

/** Writes one person's name chain into a row, in the registration's scripts and spellings, with any typing slip. */
final class NameWriter {

    private enum Part {
        GIVEN,
        FATHER,
        GRANDFATHER,
        FAMILY
    }

    private final String[] row;
    private final RecordStyle style;
    private final Set<DuplicateVariation> variations;
    private final RandomGenerator random;

    NameWriter(String[] row, RecordStyle style, Set<DuplicateVariation> variations, RandomGenerator random) {
        this.row = row;
        this.style = style;
        this.variations = variations;
        this.random = random;
    }

    void write(NameChain names) {
        boolean father = style.recordsFatherName() && !variations.contains(DuplicateVariation.FATHER_NAME_MISSING);
        Part slipped = variations.contains(DuplicateVariation.NAME_TYPO) ? slippedPart(father) : null;
        write(Part.GIVEN, names.given(), DemoColumn.GIVEN_NAME_AR, DemoColumn.GIVEN_NAME_LATIN, slipped);
        if (father) {
            write(Part.FATHER, names.father(), DemoColumn.FATHER_NAME_AR, DemoColumn.FATHER_NAME_LATIN, slipped);
        }
        if (style.recordsGrandfatherName()) {
            write(
                    Part.GRANDFATHER,
                    names.grandfather(),
                    DemoColumn.GRANDFATHER_NAME_AR,
                    DemoColumn.GRANDFATHER_NAME_LATIN,
                    slipped);
        }
        write(Part.FAMILY, names.family(), DemoColumn.FAMILY_NAME_AR, DemoColumn.FAMILY_NAME_LATIN, slipped);
    }

    /** Slips fall mostly on the given and family names, which officers type most. */
    private Part slippedPart(boolean fatherRecorded) {
        double draw = random.nextDouble();
        if (draw < 0.45) {
            return Part.GIVEN;
        }
        return draw < 0.8 || !fatherRecorded ? Part.FAMILY : Part.FATHER;
    }

    private void write(Part part, NameEntry name, DemoColumn arabicColumn, DemoColumn latinColumn, Part slipped) {
        String arabic = style.scripts().arabic() ? name.arabic() : null;
        String latin = style.scripts().latin() ? style.latin(name) : null;
        if (part == slipped) {
            boolean slipInLatin = latin != null && (arabic == null || random.nextDouble() < 0.6);
            if (slipInLatin) {
                latin = Typos.latin(latin, random);
            } else {
                arabic = Typos.arabic(arabic, random);
            }
        }
        row[arabicColumn.ordinal()] = arabic;
        row[latinColumn.ordinal()] = latin == null ? null : style.cased(latin);
    }
}
