package org.homeward.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well a registered name chain answers a name query. Each part of the query is compared with the
 * part of the chain it stands for (given with given, family with family, father with father): the
 * same folded text, then a shared spelling-variant key, then a shared consonant skeleton, then the
 * text appearing inside the name. The tiers, best first: every part matched in its place by spelling;
 * every part matched in its place, some only by skeleton; every part matched by a key somewhere else in
 * the chain; partial matches. Within a tier, closer matches (exact over variant) come first. So a
 * "Mahmoud" never comes before a "Mohammad" for the query "Mohammad": they share only a skeleton. Where
 * only a skeleton is shared, the linkage engine judges whether the two spellings are one name (also across
 * scripts: "Mohammad" and "محمد"), and if so they count as variants.
 */
final class NameRanking {

    static final int EXACT = 4;
    static final int VARIANT = 3;
    static final int SKELETON = 2;
    static final int PARTIAL = 1;

    /** The tiers, best first. */
    enum Tier {
        SPELLING_IN_PLACE,
        SKELETON_IN_PLACE,
        ELSEWHERE_IN_CHAIN,
        PARTIAL,
        OTHER
    }

    /**
     * A tier and, within it, points that are higher for closer matches: per part twice its quality, and
     * one more where the name in the other script agrees as a spelling; the given name counts double.
     */
    record Rank(Tier tier, int points) {}

    private final NameChainKeys keys;
    private final NameQuery query;
    private final List<QueryPart> parts = new ArrayList<>();

    NameRanking(NameChainKeys keys, NameQuery query) {
        this.keys = keys;
        this.query = query;
        for (String part : query.parts()) {
            parts.add(new QueryPart(part));
        }
    }

    /** One part of the query with its folded text and its keys in each part of the chain. */
    private final class QueryPart {
        final String text;
        final String folded;
        final boolean arabicQuery;
        /** The engine's judgements, remembered: a page of results repeats a few names many times. */
        final Map<String, Integer> judged = new HashMap<>();
        /**
         * Each name's quality in each part, remembered for the same reason: the 500 people a common name
         * brings bear a few dozen distinct names, and folding and keying a name is most of a rank's cost.
         */
        final Map<String, Integer> known = new HashMap<>();

        final List<Set<String>> variants = new ArrayList<>();
        final List<Set<String>> skeletons = new ArrayList<>();

        QueryPart(String text) {
            this.text = text;
            folded = SearchText.fold(text);
            arabicQuery = isArabic(folded);
            for (ChainPart part : ChainPart.values()) {
                variants.add(new HashSet<>(keys.queryVariantKeys(text, part)));
                skeletons.add(new HashSet<>(keys.skeletonKeys(text, part)));
            }
        }

        /**
         * The name written in the query's script decides; the other script counts only where that one is
         * missing, or up to a shared skeleton: read across scripts, vowels are guesswork (the engine takes
         * Latin "Mahmoud" for a spelling of محمد), within one script they are not.
         */
        int quality(ChainPart part, String arabic, String latin) {
            String same = arabicQuery ? arabic : latin;
            String other = arabicQuery ? latin : arabic;
            int acrossScripts = quality(part, other);
            if (same == null || same.isBlank()) {
                return acrossScripts * 2;
            }
            // The other script agreeing still counts for something: it outweighs a slip in this one.
            int agreement = acrossScripts >= VARIANT ? 1 : 0;
            return Math.max(quality(part, same), Math.min(acrossScripts, SKELETON)) * 2 + agreement;
        }

        private int quality(ChainPart part, String name) {
            if (name == null || name.isBlank()) {
                return 0;
            }
            return known.computeIfAbsent(part.ordinal() + "|" + name, any -> judge(part, name));
        }

        private int judge(ChainPart part, String name) {
            String foldedName = SearchText.fold(name);
            if (foldedName.equals(folded)) {
                return EXACT;
            }
            if (shares(variants.get(part.ordinal()), keys.variantKeys(name, part))) {
                return VARIANT;
            }
            if (shares(skeletons.get(part.ordinal()), keys.skeletonKeys(name, part))) {
                // The linkage engine judges whether the two are one name ("Mohammad", "محمد"; "Hamawi", "Hamwi"),
                // but it is lenient with long vowels (Hamid, Hammoud): those must fit as well.
                return judged.computeIfAbsent(
                        part.name() + '|' + name,
                        any -> keys.sameName(text, name, part) && FoldedSpellings.longVowelsFit(folded, foldedName)
                                ? VARIANT
                                : SKELETON);
            }
            return !folded.isEmpty() && foldedName.contains(folded) ? PARTIAL : 0;
        }

        private static boolean shares(Set<String> mine, List<String> theirs) {
            for (String key : theirs) {
                if (mine.contains(key)) {
                    return true;
                }
            }
            return false;
        }
    }

    static boolean isArabic(String folded) {
        return !folded.isEmpty() && folded.charAt(0) >= '\u0600' && folded.charAt(0) <= '\u06ff';
    }

    /** The rank of a chain given in Arabic and Latin script, each in chain order. */
    Rank rank(String[] arabic, String[] latin) {
        Qualities quality = new Qualities(arabic, latin);
        Rank best = new Rank(Tier.OTHER, 0);
        for (List<ChainPart> places : query.expectedPlaces(keys::listedGivenName)) {
            int weakest = EXACT;
            int points = 0;
            for (int q = 0; q < places.size(); q++) {
                int found = quality.of(q, places.get(q));
                weakest = Math.min(weakest, found / 2);
                // The given name is the person's own; the rest of the chain names relatives. It weighs double.
                points += places.get(q) == ChainPart.GIVEN ? 2 * found : found;
            }
            Tier tier = weakest >= VARIANT
                    ? Tier.SPELLING_IN_PLACE
                    : weakest >= SKELETON ? Tier.SKELETON_IN_PLACE : Tier.OTHER;
            best = better(best, new Rank(tier, points));
        }
        if (best.tier().compareTo(Tier.ELSEWHERE_IN_CHAIN) < 0) {
            // A match in place outranks any match elsewhere, so the rest of the chain need not be judged:
            // for a common given name that spares judging hundreds of relatives' names per search.
            return best;
        }
        int weakest = EXACT;
        int points = 0;
        for (int q = 0; q < parts.size(); q++) {
            int found = 0;
            for (ChainPart part : ChainPart.values()) {
                found = Math.max(found, quality.of(q, part));
            }
            weakest = Math.min(weakest, found / 2);
            points += found;
        }
        Tier anywhere = weakest >= SKELETON ? Tier.ELSEWHERE_IN_CHAIN : weakest >= PARTIAL ? Tier.PARTIAL : Tier.OTHER;
        return better(best, new Rank(anywhere, points));
    }

    /** The quality of each query part against each part of one chain, each judged only when first asked for. */
    private final class Qualities {
        private final String[] arabic;
        private final String[] latin;
        private final int[][] judged;

        Qualities(String[] arabic, String[] latin) {
            this.arabic = arabic;
            this.latin = latin;
            judged = new int[parts.size()][ChainPart.values().length];
            for (int[] row : judged) {
                Arrays.fill(row, -1);
            }
        }

        int of(int queryPart, ChainPart part) {
            int[] row = judged[queryPart];
            if (row[part.ordinal()] < 0) {
                row[part.ordinal()] = parts.get(queryPart).quality(part, arabic[part.ordinal()], latin[part.ordinal()]);
            }
            return row[part.ordinal()];
        }
    }

    private static Rank better(Rank one, Rank other) {
        int byTier = one.tier().compareTo(other.tier());
        if (byTier != 0) {
            return byTier < 0 ? one : other;
        }
        return one.points() >= other.points() ? one : other;
    }
}
