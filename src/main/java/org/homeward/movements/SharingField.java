package org.homeward.movements;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.homeward.registry.Individual;

/**
 * The documented list of manifest fields a sharing agreement may allow, each with how its value is
 * read from a manifest line. What is not here can never be exported: protection notes, coercion
 * flags, withdrawal reasons, phones, specific needs.
 */
enum SharingField {
    REFERENCE(line -> line.household().reference()),
    NAME_ARABIC(line -> line.person().displayNameArabic()),
    NAME_LATIN(line -> line.person().displayNameLatin()),
    SEX(line -> line.person().sex() == null ? "" : line.person().sex().name()),
    BIRTH_YEAR(line ->
            birth(line.person()).map(date -> Integer.toString(date.getYear())).orElse("")),
    BIRTH_DATE(line ->
            line.person().birthDate() == null ? "" : line.person().birthDate().format()),
    RELATIONSHIP(line -> line.person().relationship() == null
            ? ""
            : line.person().relationship().name()),
    DOCUMENT_TYPE(line -> line.person().documentType() == null
            ? ""
            : line.person().documentType().name()),
    DOCUMENT_NUMBER(
            line -> line.person().documentNumber() == null ? "" : line.person().documentNumber()),
    DESTINATION(line -> line.destinationPcode() == null ? "" : line.destinationPcode()),
    VEHICLE(line -> line.vehicleLabel() == null ? "" : line.vehicleLabel());

    /**
     * Things that are asked for and must be refused by name, with a message saying they never leave
     * Homeward (not merely "unknown").
     */
    static final Set<String> NEVER_SHARED = Set.of(
            "PROTECTION_NOTE",
            "PROTECTION_NOTES",
            "COERCION_FLAG",
            "COERCION_FLAGS",
            "WITHDRAWAL_REASON",
            "WITHDRAWAL_REASONS",
            "PHONE",
            "SPECIFIC_NEEDS");

    private final Function<ManifestContents.Passenger, String> value;

    SharingField(Function<ManifestContents.Passenger, String> value) {
        this.value = value;
    }

    /** The field's value for one person on the manifest, empty when unknown. */
    String valueOf(ManifestContents.Passenger line) {
        return value.apply(line);
    }

    /** The message key of the column's header. */
    String headerKey() {
        return "sharing.field." + name();
    }

    /** Reads a field's name as written in a form or an API call: any case, hyphens or underscores. */
    static Optional<SharingField> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values())
                .filter(field -> field.name().equals(normal))
                .findFirst();
    }

    private static Optional<java.time.LocalDate> birth(Individual person) {
        return person.birthDate() == null
                ? Optional.empty()
                : Optional.ofNullable(person.birthDate().date());
    }
}
