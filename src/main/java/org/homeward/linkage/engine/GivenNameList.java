package org.homeward.linkage.engine;

import java.util.List;

/**
 * The list of given names and their spellings ({@code /linkage/given-names.tsv}) as other code may read
 * it: which listed name a spelling is, and every spelling the list gives for it. The engine compares
 * names with this list, and the registry's name search asks for every listed spelling of a name typed
 * into it, so that one list teaches both that "Yusuf" and "Youssef" are one name.
 */
public final class GivenNameList {

    private static final GivenNameList STANDARD = new GivenNameList(NameVariants.list());
    private final NameVariants variants;

    private GivenNameList(NameVariants variants) {
        this.variants = variants;
    }

    /** The list as shipped, the one the engine scores with. */
    public static GivenNameList standard() {
        return STANDARD;
    }

    /** A list from its lines in the file's format (for trying out an edit of the list). */
    public static GivenNameList of(List<String> lines) {
        return new GivenNameList(NameVariants.parse(lines));
    }

    /** The lines of the list as shipped. */
    public static List<String> shippedLines() {
        return NameVariants.resourceLines();
    }

    /**
     * Every spelling the list gives for the one listed name this spelling is (recognised as the engine
     * recognises it, also by its spelling rules), in both scripts; empty when the list does not know it
     * or two listed names claim it.
     */
    public List<String> spellingsOf(String name) {
        return variants.spellings(idOf(name));
    }

    /** Whether the list makes the two spellings one name (both recognised, on one line). */
    public boolean sameListedName(String one, String other) {
        int id = idOf(one);
        return id != NameVariants.UNKNOWN && id == idOf(other);
    }

    private int idOf(String name) {
        if (name == null || name.isBlank()) {
            return NameVariants.UNKNOWN;
        }
        StandardName plain = NameStandardiser.words(name, NameRole.GIVEN).unlisted();
        return plain.isEmpty() ? NameVariants.UNKNOWN : variants.idOf(plain);
    }
}
