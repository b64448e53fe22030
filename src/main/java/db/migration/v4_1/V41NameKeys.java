package db.migration.v4_1;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cross-script search keys {@code V4_1__linkage_name_keys} gave each individual: the consonant
 * skeleton of every part of the name chain, the Arabic chain's first, then the Latin chain's, every
 * key once. A frozen copy of what the engine's {@code SearchKeys.ofChain} did when the migration was
 * written, so that migrating an old database gives the same keys whatever the engine does today.
 */
public final class V41NameKeys {

    private static final List<V41NameRole> CHAIN =
            List.of(V41NameRole.GIVEN, V41NameRole.FATHER, V41NameRole.GRANDFATHER, V41NameRole.FAMILY);

    private V41NameKeys() {}

    /** The keys of a name chain given in Arabic and in Latin script, each in chain order. */
    public static Set<String> of(String[] arabic, String[] latin) {
        Set<String> keys = new LinkedHashSet<>();
        for (String[] chain : new String[][] {arabic, latin}) {
            for (int part = 0; part < CHAIN.size(); part++) {
                String skeleton = V41Skeletons.of(chain[part], CHAIN.get(part));
                if (skeleton != null && !skeleton.isEmpty()) {
                    keys.add(skeleton);
                }
            }
        }
        return keys;
    }
}
