package org.homeward.places;

/**
 * A country Syrian refugees return from, with its ISO 3166-1 codes and English and Arabic names.
 *
 * @param euMember whether the country is a member state of the European Union
 */
public record CountryOfAsylum(String iso3, String iso2, String nameEn, String nameAr, boolean euMember) {

    /** The name in the language given: Arabic for "ar", English otherwise. */
    public String name(String language) {
        return "ar".equals(language) ? nameAr : nameEn;
    }
}
