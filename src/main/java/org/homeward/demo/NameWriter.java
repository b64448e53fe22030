package org.homeward.demo;

import java.util.Set;
import java.util.random.RandomGenerator;
import org.homeward.registry.ChainPart;
import org.homeward.registry.NameChain;
import org.homeward.registry.NamePart;

/** Writes one person's name chain into a row, in the registration's scripts and spellings, with any typing slip. */
final class NameWriter {

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

    void write(NameEntryChain names) {
        put(written(names));
    }

    /** The chain as this registration writes it: the parts its style records, in its scripts, with any slip. */
    private NameChain written(NameEntryChain names) {
        boolean father = style.recordsFatherName() && !variations.contains(DuplicateVariation.FATHER_NAME_MISSING);
        ChainPart slipped = variations.contains(DuplicateVariation.NAME_TYPO) ? slippedPart(father) : null;
        NamePart given = written(ChainPart.GIVEN, names.given(), slipped);
        NamePart fatherName = father ? written(ChainPart.FATHER, names.father(), slipped) : NamePart.NONE;
        NamePart grandfather = style.recordsGrandfatherName()
                ? written(ChainPart.GRANDFATHER, names.grandfather(), slipped)
                : NamePart.NONE;
        NamePart family = written(ChainPart.FAMILY, names.family(), slipped);
        return new NameChain(given, fatherName, grandfather, family);
    }

    private void put(NameChain written) {
        row[DemoColumn.GIVEN_NAME_AR.ordinal()] = written.given().arabic();
        row[DemoColumn.GIVEN_NAME_LATIN.ordinal()] = written.given().latin();
        row[DemoColumn.FATHER_NAME_AR.ordinal()] = written.father().arabic();
        row[DemoColumn.FATHER_NAME_LATIN.ordinal()] = written.father().latin();
        row[DemoColumn.GRANDFATHER_NAME_AR.ordinal()] = written.grandfather().arabic();
        row[DemoColumn.GRANDFATHER_NAME_LATIN.ordinal()] = written.grandfather().latin();
        row[DemoColumn.FAMILY_NAME_AR.ordinal()] = written.family().arabic();
        row[DemoColumn.FAMILY_NAME_LATIN.ordinal()] = written.family().latin();
    }

    /** Slips fall mostly on the given and family names, which officers type most. */
    private ChainPart slippedPart(boolean fatherRecorded) {
        double draw = random.nextDouble();
        if (draw < 0.45) {
            return ChainPart.GIVEN;
        }
        return draw < 0.8 || !fatherRecorded ? ChainPart.FAMILY : ChainPart.FATHER;
    }

    private NamePart written(ChainPart part, NameEntry name, ChainPart slipped) {
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
        return new NamePart(arabic, latin == null ? null : style.cased(latin));
    }
}
