package org.homeward.registry;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.homeward.places.CountryOfAsylum;
import org.homeward.places.PlaceLookup;
import org.springframework.stereotype.Component;

/**
 * The countries a person may hold the nationality of or be born in: the countries the places
 * reference data knows, and Syria, which is not among them because nobody seeks asylum in the
 * country they return to. Reads a country typed by code or name in either script, and names one in
 * the page's language.
 */
@Component
class CountryNames {

    static final String SYRIA = "SYR";
    private static final CountryOfAsylum SYRIA_ITSELF = new CountryOfAsylum(SYRIA, "SY", "Syria", "سوريا", false);
    /** Other ways Syria is written, so that "Syrian Arab Republic" or "سورية" is not refused. */
    private static final List<String> SYRIA_ALSO =
            List.of("Syrian Arab Republic", "الجمهورية العربية السورية", "سورية", "Syrian", "سوري");

    private static final int SHORTEST_PART_NAME = 3;

    private final PlaceLookup places;

    CountryNames(PlaceLookup places) {
        this.places = places;
    }

    /** What a typed country came to: its code, the countries it may mean, or nothing. */
    record Reading(String code, List<CountryOfAsylum> candidates) {

        boolean resolved() {
            return code != null;
        }

        boolean ambiguous() {
            return code == null && !candidates.isEmpty();
        }
    }

    boolean isKnown(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return SYRIA.equals(normalised) || places.isKnownCountry(normalised);
    }

    /** Syria first, then the countries of the reference data by English name. */
    List<CountryOfAsylum> all() {
        List<CountryOfAsylum> all = new ArrayList<>();
        all.add(SYRIA_ITSELF);
        places.countries().stream()
                .filter(country -> !SYRIA.equals(country.iso3()))
                .forEach(all::add);
        return all;
    }

    /** The country's name in the language given ("ar" or "en"); the code itself for one not known. */
    String name(String code, String language) {
        if (code == null) {
            return null;
        }
        if (SYRIA.equals(code)) {
            return SYRIA_ITSELF.name(language);
        }
        return places.displayName(code, language).orElse(code);
    }

    /**
     * Reads a typed country: a known code passes as it is; a name, ISO 3166-1 alpha-2 code or other
     * spelling that one country has is that country; text that only begins names of several (or
     * one) is not guessed but offered as choices; anything else is not known.
     */
    Reading read(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Reading(null, List.of());
        }
        if (isKnown(typed)) {
            return new Reading(typed.strip().toUpperCase(Locale.ROOT), List.of());
        }
        String folded = fold(typed);
        List<CountryOfAsylum> exact = all().stream()
                .filter(country -> names(country).anyMatch(folded::equals))
                .toList();
        if (exact.size() == 1) {
            return new Reading(exact.get(0).iso3(), List.of());
        }
        if (!exact.isEmpty()) {
            return new Reading(null, exact);
        }
        if (folded.length() < SHORTEST_PART_NAME) {
            return new Reading(null, List.of());
        }
        List<CountryOfAsylum> beginning = all().stream()
                .filter(country -> names(country).anyMatch(name -> startsAWord(name, folded)))
                .toList();
        return new Reading(null, beginning);
    }

    private static Stream<String> names(CountryOfAsylum country) {
        Stream<String> names = Stream.of(country.nameEn(), country.nameAr(), country.iso2());
        if (SYRIA.equals(country.iso3())) {
            names = Stream.concat(names, SYRIA_ALSO.stream());
        }
        return names.filter(name -> name != null && !name.isBlank()).map(CountryNames::fold);
    }

    private static boolean startsAWord(String name, String folded) {
        return name.startsWith(folded) || name.contains(" " + folded);
    }

    /** Lower case, without diacritics or the Arabic article, with Arabic letter variants made one. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (char c : decomposed.toCharArray()) {
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.FORMAT || c == 'ـ') {
                continue;
            }
            folded.append(
                    switch (c) {
                        case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                        case 'ة' -> 'ه';
                        case 'ى' -> 'ي';
                        default -> Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ';
                    });
        }
        StringBuilder words = new StringBuilder();
        for (String word : folded.toString().trim().split("\\s+")) {
            String bare = word.startsWith("ال") && word.length() > 2 ? word.substring(2) : word;
            if (!bare.isEmpty()) {
                words.append(words.isEmpty() ? "" : " ").append(bare);
            }
        }
        return words.toString();
    }
}
