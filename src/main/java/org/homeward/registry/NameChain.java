package org.homeward.registry;

import java.util.Arrays;
import java.util.List;

/**
 * A person's name as an Arab (here Syrian) name chain: the given name, then the father's given name,
 * then the grandfather's given name, then the family name, each written in Arabic script, in Latin
 * script or both. "Ahmad Khaled Mahmoud Al-Hamwi" is Ahmad, son of Khaled, son of Mahmoud, of the
 * Al-Hamwi family; the father's and grandfather's names are what tell two cousins called Ahmad
 * Al-Hamwi apart. A part may be unknown in one script or both; such values stay null as given (a
 * blank is not turned into null here), so the chain carries exactly what was written.
 */
public record NameChain(NamePart given, NamePart father, NamePart grandfather, NamePart family) {

    /** A chain with no part known. */
    public static final NameChain NONE = new NameChain(NamePart.NONE, NamePart.NONE, NamePart.NONE, NamePart.NONE);

    public NameChain {
        given = given == null ? NamePart.NONE : given;
        father = father == null ? NamePart.NONE : father;
        grandfather = grandfather == null ? NamePart.NONE : grandfather;
        family = family == null ? NamePart.NONE : family;
    }

    /** A chain from its eight values in the order forms, files and the API list them: each part in Arabic, then Latin. */
    public static NameChain of(
            String givenArabic,
            String givenLatin,
            String fatherArabic,
            String fatherLatin,
            String grandfatherArabic,
            String grandfatherLatin,
            String familyArabic,
            String familyLatin) {
        return new NameChain(
                new NamePart(givenArabic, givenLatin),
                new NamePart(fatherArabic, fatherLatin),
                new NamePart(grandfatherArabic, grandfatherLatin),
                new NamePart(familyArabic, familyLatin));
    }

    /** The part at a position of the chain. */
    public NamePart part(ChainPart position) {
        return switch (position) {
            case GIVEN -> given;
            case FATHER -> father;
            case GRANDFATHER -> grandfather;
            case FAMILY -> family;
        };
    }

    /** The four parts in Arabic script, in chain order; an unknown part is null. */
    public List<String> arabic() {
        return Arrays.asList(given.arabic(), father.arabic(), grandfather.arabic(), family.arabic());
    }

    /** The four parts in Latin script, in chain order; an unknown part is null. */
    public List<String> latin() {
        return Arrays.asList(given.latin(), father.latin(), grandfather.latin(), family.latin());
    }

    /** Whether no part is written in either script. */
    public boolean isBlank() {
        return given.isBlank() && father.isBlank() && grandfather.isBlank() && family.isBlank();
    }

    /** The parts written in Arabic script, joined by single spaces in chain order; empty when none is. */
    public String displayArabic() {
        return joined(arabic());
    }

    /** The parts written in Latin script, joined by single spaces in chain order; empty when none is. */
    public String displayLatin() {
        return joined(latin());
    }

    private static String joined(List<String> parts) {
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!name.isEmpty()) {
                    name.append(' ');
                }
                name.append(part);
            }
        }
        return name.toString();
    }
}
