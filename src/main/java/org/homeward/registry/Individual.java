package org.homeward.registry;

import java.util.List;
import java.util.UUID;

/**
 * A person registered in a household, named by the Arab name chain in Arabic and/or Latin script.
 *
 * @param nationality  ISO 3166-1 alpha-3 code, or null when not known
 * @param birthCountry ISO 3166-1 alpha-3 code of the country of birth ({@code SYR} for a birth inside Syria)
 * @param birthPlace   P-code of the place of birth inside Syria, or null
 * @param birthTown    the town of a birth outside Syria as typed, or null
 */
public record Individual(
        UUID id,
        int position,
        boolean principal,
        Relationship relationship,
        String givenNameAr,
        String givenNameLatin,
        String fatherNameAr,
        String fatherNameLatin,
        String grandfatherNameAr,
        String grandfatherNameLatin,
        String familyNameAr,
        String familyNameLatin,
        Sex sex,
        BirthDate birthDate,
        String phone,
        DocumentType documentType,
        String documentNumber,
        String placeOfOrigin,
        List<SpecificNeed> specificNeeds,
        String nationality,
        String birthCountry,
        String birthPlace,
        String birthTown) {

    /** A person whose nationality and place of birth are not known. */
    public Individual(
            UUID id,
            int position,
            boolean principal,
            Relationship relationship,
            String givenNameAr,
            String givenNameLatin,
            String fatherNameAr,
            String fatherNameLatin,
            String grandfatherNameAr,
            String grandfatherNameLatin,
            String familyNameAr,
            String familyNameLatin,
            Sex sex,
            BirthDate birthDate,
            String phone,
            DocumentType documentType,
            String documentNumber,
            String placeOfOrigin,
            List<SpecificNeed> specificNeeds) {
        this(
                id,
                position,
                principal,
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

    /** The same person with another id and position and the phone and document number given (e.g. masked). */
    Individual with(UUID newId, int newPosition, String newPhone, String newDocumentNumber) {
        return new Individual(
                newId,
                newPosition,
                principal,
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
                newPhone,
                documentType,
                newDocumentNumber,
                placeOfOrigin,
                specificNeeds,
                nationality,
                birthCountry,
                birthPlace,
                birthTown);
    }

    /** The full name chain in Arabic script where known, else in Latin script. */
    public String displayNameArabic() {
        return join(givenNameAr, fatherNameAr, grandfatherNameAr, familyNameAr);
    }

    public String displayNameLatin() {
        return join(givenNameLatin, fatherNameLatin, grandfatherNameLatin, familyNameLatin);
    }

    private static String join(String... parts) {
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                if (!name.isEmpty()) {
                    name.append(' ');
                }
                name.append(part);
            }
        }
        return name.toString();
    }
}
