package org.homeward.registry;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One individual as entered on a form, sent to the API or read from an import row: every value
 * as text, so that each wrong one can be reported by field rather than fail the whole request.
 *
 * @param nationality  ISO 3166-1 alpha-3 code (SYR for Syrian)
 * @param birthCountry ISO 3166-1 alpha-3 code of the country of birth; SYR or empty with a {@code birthPlace}
 * @param birthPlace   P-code of the place of birth inside Syria
 * @param birthTown    the town of a birth outside Syria, as written
 */
public record IndividualDetails(
        String relationship,
        String givenNameAr,
        String givenNameLatin,
        String fatherNameAr,
        String fatherNameLatin,
        String grandfatherNameAr,
        String grandfatherNameLatin,
        String familyNameAr,
        String familyNameLatin,
        String sex,
        String birthDate,
        String phone,
        String documentType,
        String documentNumber,
        String placeOfOrigin,
        @Size(max = 20) List<String> specificNeeds,
        String nationality,
        String birthCountry,
        String birthPlace,
        String birthTown) {

    public IndividualDetails {
        specificNeeds = specificNeeds == null ? List.of() : List.copyOf(specificNeeds);
    }

    /** An individual whose nationality and place of birth are not given. */
    public IndividualDetails(
            String relationship,
            String givenNameAr,
            String givenNameLatin,
            String fatherNameAr,
            String fatherNameLatin,
            String grandfatherNameAr,
            String grandfatherNameLatin,
            String familyNameAr,
            String familyNameLatin,
            String sex,
            String birthDate,
            String phone,
            String documentType,
            String documentNumber,
            String placeOfOrigin,
            List<String> specificNeeds) {
        this(
                relationship,
                givenNameAr,
                givenNameLatin,
                fatherNameAr,
                fatherNameLatin,
                grandfatherNameAr,
                grandfatherNameLatin,
                familyNameAr,
                familyNameLatin,
                sex,
                birthDate,
                phone,
                documentType,
                documentNumber,
                placeOfOrigin,
                specificNeeds,
                null,
                null,
                null,
                null);
    }

    /** An individual named by a name chain, with every other value as text. */
    public IndividualDetails(
            String relationship,
            NameChain names,
            String sex,
            String birthDate,
            String phone,
            String documentType,
            String documentNumber,
            String placeOfOrigin,
            List<String> specificNeeds,
            String nationality,
            String birthCountry,
            String birthPlace,
            String birthTown) {
        this(
                relationship,
                names.given().arabic(),
                names.given().latin(),
                names.father().arabic(),
                names.father().latin(),
                names.grandfather().arabic(),
                names.grandfather().latin(),
                names.family().arabic(),
                names.family().latin(),
                sex,
                birthDate,
                phone,
                documentType,
                documentNumber,
                placeOfOrigin,
                specificNeeds,
                nationality,
                birthCountry,
                birthPlace,
                birthTown);
    }

    /** The name chain as sent, each value as typed (not yet checked). */
    public NameChain nameChain() {
        return NameChain.of(
                givenNameAr,
                givenNameLatin,
                fatherNameAr,
                fatherNameLatin,
                grandfatherNameAr,
                grandfatherNameLatin,
                familyNameAr,
                familyNameLatin);
    }

    /** The same individual with the nationality and place of birth given (codes, or names still to be read). */
    IndividualDetails withBirthAndNationality(
            String newNationality, String newBirthCountry, String newBirthPlace, String newBirthTown) {
        return new IndividualDetails(
                relationship,
                nameChain(),
                sex,
                birthDate,
                phone,
                documentType,
                documentNumber,
                placeOfOrigin,
                specificNeeds,
                newNationality,
                newBirthCountry,
                newBirthPlace,
                newBirthTown);
    }

    /** The same individual with another place of origin. */
    IndividualDetails withPlaceOfOrigin(String newPlaceOfOrigin) {
        return new IndividualDetails(
                relationship,
                nameChain(),
                sex,
                birthDate,
                phone,
                documentType,
                documentNumber,
                newPlaceOfOrigin,
                specificNeeds,
                nationality,
                birthCountry,
                birthPlace,
                birthTown);
    }

    /** The details that would register this individual again as they are. */
    public static IndividualDetails of(Individual member) {
        return new IndividualDetails(
                member.relationship().name(),
                member.names(),
                member.sex().name(),
                member.birthDate().format(),
                member.phone(),
                member.documentType() == null ? null : member.documentType().name(),
                member.documentNumber(),
                member.placeOfOrigin(),
                member.specificNeeds().stream().map(SpecificNeed::code).toList(),
                member.nationality(),
                member.birthCountry(),
                member.birthPlace(),
                member.birthTown());
    }
}
