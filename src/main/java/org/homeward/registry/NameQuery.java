package org.homeward.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What was typed into the name box, read as the parts of a name chain in order ("Abd al-Rahman
 * al-Hamwi" is two parts, not four), or as a household reference ("HW-0021619", "hw 21619").
 */
record NameQuery(List<String> parts, Optional<String> reference) {

    private static final Pattern REFERENCE = Pattern.compile("(?i)\\s*HW[\\s-]?0*(\\d{1,9})\\s*");
    /** A current reference: ten characters of Crockford's base 32, the last a check character. */
    private static final Pattern CURRENT_REFERENCE = Pattern.compile("(?i)\\s*HW[\\s-]?([0-9A-Z]{10})\\s*");
    /**
     * Words that begin a compound name and take the next word with them, "عبد" with the article too
     * ("العبد الله", Al-Abdallah, is one family name).
     */
    private static final Set<String> HEADS = Set.of(
            "al", "el", "ال", "abd", "abdul", "abdel", "abdal", "abdu", "abu", "abou", "abo", "عبد", "ابو", "العبد",
            "al abd", "el abd", "alabd", "elabd");

    private static final Set<String> ARTICLES = Set.of("al", "el", "ال");
    /** Words that end a compound name and join the word before them: "Nour al-Din", "نور الدين". */
    private static final Set<String> TAILS =
            Set.of("din", "aldin", "eldin", "eddin", "uddin", "addin", "al din", "el din", "الدين");
    /** "son of", "daughter of": not names, they only say that a father's name follows. */
    private static final Set<String> CONNECTORS = Set.of("bin", "ben", "ibn", "bint", "بن", "ابن", "بنت");

    /** Whether the text has the shape of a reference, its check character right or wrong. */
    static boolean shapedLikeReference(String text) {
        String digits = PhoneNumbers.toAsciiDigits(text);
        return REFERENCE.matcher(digits).matches()
                || CURRENT_REFERENCE.matcher(digits).matches();
    }

    static NameQuery parse(String text) {
        if (text == null || text.isBlank()) {
            return new NameQuery(List.of(), Optional.empty());
        }
        Matcher reference = REFERENCE.matcher(PhoneNumbers.toAsciiDigits(text));
        if (reference.matches()) {
            return new NameQuery(
                    List.of(), Optional.of(String.format(Locale.ROOT, "HW-%07d", Long.parseLong(reference.group(1)))));
        }
        Matcher current = CURRENT_REFERENCE.matcher(PhoneNumbers.toAsciiDigits(text));
        if (current.matches()) {
            // Only a reference whose check character holds: anything else is read as names.
            String normalised = HouseholdReferences.normalised("HW-" + current.group(1));
            if (HouseholdReferences.wellFormed(normalised)) {
                return new NameQuery(List.of(), Optional.of(normalised));
            }
        }
        List<String> parts = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String folded = SearchText.fold(word);
            if (folded.isEmpty() || CONNECTORS.contains(folded)) {
                continue;
            }
            boolean articleBefore = ARTICLES.contains(SearchText.fold(pending.toString()));
            if (TAILS.contains(folded) && (pending.isEmpty() || articleBefore) && !parts.isEmpty()) {
                String tail = pending.isEmpty() ? word : pending + " " + word;
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + tail);
                pending.setLength(0);
                continue;
            }
            if (!pending.isEmpty()) {
                pending.append(' ');
            }
            pending.append(word);
            if (!HEADS.contains(folded)) {
                parts.add(pending.toString());
                pending.setLength(0);
            }
        }
        if (!pending.isEmpty()) {
            parts.add(pending.toString());
        }
        return new NameQuery(List.copyOf(parts), Optional.empty());
    }

    boolean isEmpty() {
        return parts.isEmpty() && reference.isEmpty();
    }

    /**
     * The parts of the chain the query's parts may stand for, in order, the first always the given
     * name: one part is the given name; two are given and family or given and father ("Mohammad
     * Ahmad"); three add the father or the grandfather; four are the whole chain. Longer queries have
     * no expected places and match anywhere in the chain. A part after the first written with the
     * article ("al-Ali", "العلي") is a family name, not a father's, unless {@code givenName} says the
     * word is a given name beginning like the article ("الياس", Elias).
     */
    List<List<ChainPart>> expectedPlaces(Predicate<String> givenName) {
        ChainPart g = ChainPart.GIVEN;
        ChainPart f = ChainPart.FATHER;
        ChainPart r = ChainPart.GRANDFATHER;
        ChainPart l = ChainPart.FAMILY;
        List<List<ChainPart>> places = switch (parts.size()) {
            case 1 -> List.of(List.of(g));
            case 2 -> List.of(List.of(g, l), List.of(g, f));
            case 3 -> List.of(List.of(g, f, l), List.of(g, f, r));
            case 4 -> List.of(List.of(g, f, r, l));
            default -> List.of();
        };
        return places.stream()
                .filter(chain -> familyNamesOnlyInFamily(chain, givenName))
                .toList();
    }

    /** The expected places when no word is known to be a given name beginning like the article. */
    List<List<ChainPart>> expectedPlaces() {
        return expectedPlaces(word -> false);
    }

    /**
     * The places of the chain a part may be found in anywhere: a part written with the article is a
     * family name ("المحمد" is nobody's father's name), unless {@code givenName} says the word is a
     * given name ("الياس"); any other part may be any name of the chain.
     */
    List<ChainPart> placesAnywhere(int q, Predicate<String> givenName) {
        return familyName(q, givenName) ? List.of(ChainPart.FAMILY) : List.of(ChainPart.values());
    }

    /**
     * The part joined with the part before it and with the part after it, as one name of two words
     * each: what the part may be half of when the query's words were split where the registered name
     * was not ("Mohammad Khair" registered as one given name, searched for as two words).
     */
    List<String> withNeighbours(int q) {
        List<String> compounds = new ArrayList<>();
        if (q > 0) {
            compounds.add(parts.get(q - 1) + " " + parts.get(q));
        }
        if (q + 1 < parts.size()) {
            compounds.add(parts.get(q) + " " + parts.get(q + 1));
        }
        return compounds;
    }

    /** The places of the chain a name of one or more words may be found in anywhere (as {@link #placesAnywhere(int, Predicate)}). */
    static List<ChainPart> placesAnywhere(String name, Predicate<String> givenName) {
        return familyName(name, givenName) ? List.of(ChainPart.FAMILY) : List.of(ChainPart.values());
    }

    private boolean familyNamesOnlyInFamily(List<ChainPart> places, Predicate<String> givenName) {
        for (int q = 1; q < places.size(); q++) {
            if (familyName(q, givenName) && places.get(q) != ChainPart.FAMILY) {
                return false;
            }
        }
        return true;
    }

    /** Whether the part is written with the article and is not a given name that merely begins like it. */
    private boolean familyName(int q, Predicate<String> givenName) {
        return familyName(parts.get(q), givenName);
    }

    private static boolean familyName(String name, Predicate<String> givenName) {
        String folded = SearchText.fold(name);
        boolean article = folded.startsWith("al ") || folded.startsWith("el ") || folded.startsWith("ال");
        return article && !givenName.test(name);
    }
}
