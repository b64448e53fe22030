package db.migration.v19;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The name keys of an individual exactly as {@code V19__name_keys_by_chain_part} wrote them: for every
 * part of the chain, in both scripts, the spelling-variant keys and the consonant skeleton, tagged with
 * the part ({@code gv:muhamad}, {@code ls:HMW3}). The rules are frozen copies, not the live registry's
 * and engine's classes: a migration that has run must mean the same thing on every database it runs on,
 * so when the live rules change, a later migration computes the keys again.
 */
public final class V19NameKeys {

    private static final char[] TAGS = {'g', 'f', 'r', 'l'};
    private static final FrozenNameRole[] ROLES = FrozenNameRole.values();

    private V19NameKeys() {}

    /** The keys of a name chain given in Arabic and Latin script, each in chain order (given, father, grandfather, family). */
    public static String[] of(String[] arabic, String[] latin) {
        Set<String> keys = new LinkedHashSet<>();
        for (int part = 0; part < TAGS.length; part++) {
            for (String[] chain : new String[][] {arabic, latin}) {
                String name = chain[part];
                for (String variant : FrozenSpellings.of(name, ROLES[part] == FrozenNameRole.FAMILY)) {
                    keys.add(TAGS[part] + "v:" + variant);
                }
                String skeleton = FrozenSkeletons.of(name, ROLES[part]);
                if (skeleton != null && !skeleton.isEmpty()) {
                    keys.add(TAGS[part] + "s:" + skeleton);
                }
            }
        }
        return keys.toArray(String[]::new);
    }
}
