package org.homeward.registry;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cross-script search keys of names (the linkage feature provides them), stored with each
 * individual so that a search in Latin script finds a name registered in Arabic and the other
 * way round.
 */
public interface NameKeys {

    /** The keys of one individual's name chain in one script. */
    List<String> ofChain(String given, String father, String grandfather, String family);

    /** The keys one word of a search query may match. */
    List<String> ofQueryWord(String word);

    /** The keys of an individual: both scripts together, without repeats. */
    static String[] of(NameKeys keys, Individual individual) {
        Set<String> all = new LinkedHashSet<>(keys.ofChain(individual.givenNameAr(),
                individual.fatherNameAr(), individual.grandfatherNameAr(), individual.familyNameAr()));
        all.addAll(keys.ofChain(individual.givenNameLatin(), individual.fatherNameLatin(),
                individual.grandfatherNameLatin(), individual.familyNameLatin()));
        return all.toArray(String[]::new);
    }
}
