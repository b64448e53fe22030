package org.homeward.places;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The hierarchy that Syria's OCHA P-codes spell out: {@code SY07} a governorate, {@code SY0703} a
 * district in it, {@code SY070301} a sub-district in that. A community code such as {@code C1001}
 * says nothing of where it lies, so only the reference data knows its parent
 * ({@link PlaceLookup#parentOf(String)}).
 *
 * <p>This is the one place that reads a unit's parent out of its code, so no feature cuts codes
 * with {@code substring} and each agrees on what a code means.
 */
public final class PlaceCodes {

    private static final Pattern GOVERNORATE = Pattern.compile("SY\\d{2}");
    private static final Pattern DISTRICT = Pattern.compile("SY\\d{4}");
    private static final Pattern SUBDISTRICT = Pattern.compile("SY\\d{6}");
    private static final Pattern COMMUNITY = Pattern.compile("C\\d+");

    private PlaceCodes() {}

    /** The level a code has by its shape, letters in any case; empty when it is no P-code. */
    public static Optional<PlaceLevel> levelOf(String pcode) {
        String code = normal(pcode);
        if (SUBDISTRICT.matcher(code).matches()) {
            return Optional.of(PlaceLevel.SUBDISTRICT);
        }
        if (DISTRICT.matcher(code).matches()) {
            return Optional.of(PlaceLevel.DISTRICT);
        }
        if (GOVERNORATE.matcher(code).matches()) {
            return Optional.of(PlaceLevel.GOVERNORATE);
        }
        return COMMUNITY.matcher(code).matches() ? Optional.of(PlaceLevel.COMMUNITY) : Optional.empty();
    }

    /**
     * The code of the unit one level up, as the code spells it: {@code SY0703} for {@code SY070301},
     * {@code SY07} for {@code SY0703} (in capitals, as stored); empty for a governorate, a community
     * or what is no P-code.
     */
    public static Optional<String> parentOf(String pcode) {
        String code = normal(pcode);
        return levelOf(code).flatMap(level -> switch (level) {
            case SUBDISTRICT -> Optional.of(code.substring(0, 6));
            case DISTRICT -> Optional.of(code.substring(0, 4));
            case GOVERNORATE, COMMUNITY -> Optional.empty();
        });
    }

    /**
     * The code of the unit at the level given that holds this one, or the code itself at its own
     * level: {@code SY07} is the governorate of {@code SY070301}. Empty when the code lies at a
     * lower level than asked, is a community, or is no P-code.
     */
    public static Optional<String> ancestorAt(String pcode, PlaceLevel level) {
        Optional<String> code =
                levelOf(pcode).filter(own -> own != PlaceLevel.COMMUNITY).map(own -> pcode);
        while (code.isPresent() && levelOf(code.get()).orElseThrow() != level) {
            code = parentOf(code.get());
        }
        return code;
    }

    /** Whether a unit is the other unit or lies inside it, as their codes tell. */
    public static boolean isWithin(String pcode, String ancestorPcode) {
        return levelOf(ancestorPcode)
                .flatMap(level -> ancestorAt(pcode, level))
                .filter(normal(ancestorPcode)::equals)
                .isPresent();
    }

    private static String normal(String pcode) {
        return Objects.requireNonNullElse(pcode, "").trim().toUpperCase(Locale.ROOT);
    }
}
