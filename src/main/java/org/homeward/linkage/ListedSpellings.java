package org.homeward.linkage;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.homeward.linkage.engine.GivenNameList;
import org.homeward.registry.ChainPart;
import org.homeward.registry.FoldedSpellings;
import org.homeward.registry.SearchText;
import org.homeward.registry.SpellingVariants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The registry's spelling variants with the linkage engine's list of given names plugged in, so that one
 * list serves duplicate detection and name search: the stored keys are the registry's folded ones, and a
 * given, father's or grandfather's name typed into a search also asks for the folded keys of every
 * spelling the list gives for that name ("Yusuf" asks for "Youssef", "Yousif" and يوسف). Family names
 * are not in the list and keep the folding rules alone.
 */
@Component
@Primary
class ListedSpellings implements SpellingVariants {

    /** Enough for the names typed into searches; past it the memory starts afresh rather than grow. */
    private static final int MAX_REMEMBERED = 20_000;

    private final FoldedSpellings folded;
    private final GivenNameList list;
    private final Map<String, Set<String>> remembered = new ConcurrentHashMap<>();

    @Autowired
    ListedSpellings(FoldedSpellings folded) {
        this(folded, GivenNameList.standard());
    }

    ListedSpellings(FoldedSpellings folded, GivenNameList list) {
        this.folded = folded;
        this.list = list;
    }

    @Override
    public Set<String> of(String name, ChainPart part) {
        return folded.of(name, part);
    }

    @Override
    public boolean knownGivenName(String word) {
        if (word == null || word.isBlank()) {
            return false;
        }
        String folded = SearchText.fold(word);
        return list.spellingsOf(word).stream()
                .anyMatch(spelling -> SearchText.fold(spelling).equals(folded));
    }

    @Override
    public Set<String> ofQuery(String name, ChainPart part) {
        if (name == null || name.isBlank() || part == ChainPart.FAMILY) {
            return of(name, part);
        }
        String key = part.name() + '|' + name;
        Set<String> keys = remembered.get(key);
        if (keys == null) {
            Set<String> all = new LinkedHashSet<>(folded.of(name, part));
            for (String spelling : list.spellingsOf(name)) {
                all.addAll(folded.of(spelling, part));
            }
            keys = Set.copyOf(all);
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(key, keys);
        }
        return keys;
    }
}
