package org.homeward.statistics;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** Names of countries of asylum from their ISO 3166-1 alpha-3 codes, in English or Arabic, from the JDK's locale data. */
final class CountryNames {

    private static final Map<String, String> TWO_LETTER = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            try {
                TWO_LETTER.put(new Locale.Builder().setRegion(code).build().getISO3Country(), code);
            } catch (MissingResourceException ignored) {
                // a code without an alpha-3 form is never a country of asylum in the registry
            }
        }
    }

    private CountryNames() {}

    static String name(String alpha3, String language) {
        String twoLetter = TWO_LETTER.get(alpha3);
        if (twoLetter == null) {
            return alpha3;
        }
        return new Locale.Builder()
                .setRegion(twoLetter)
                .build()
                .getDisplayCountry(Locale.forLanguageTag("ar".equals(language) ? "ar" : "en"));
    }
}
