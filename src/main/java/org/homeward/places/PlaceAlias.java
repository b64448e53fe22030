package org.homeward.places;

/**
 * Another name of an administrative unit: a formal form, a spelling variant, a transliteration or
 * a name in another language.
 *
 * @param language the language tag of the name ("en", "ar", "ku", ...)
 * @param kind     the reference data's type of the name ("formal", "alternate_spelling", "alias",
 *                 "transliteration"), or "added" for the names Homeward adds
 */
record PlaceAlias(String value, String language, String kind) {}
