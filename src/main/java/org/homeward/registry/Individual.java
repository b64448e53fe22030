package org.homeward.registry;

import java.util.List;
import java.util.UUID;

/** A person registered in a household, named by the Arab name chain in Arabic and/or Latin script. */
public record Individual(
        UUID id,
        int position,
        boolean principal,
        Relationship relationship,
        String givenNameAr, String givenNameLatin,
        String fatherNameAr, String fatherNameLatin,
        String grandfatherNameAr, String grandfatherNameLatin,
        String familyNameAr, String familyNameLatin,
        Sex sex,
        BirthDate birthDate,
        String phone,
        DocumentType documentType,
        String documentNumber,
        String placeOfOrigin,
        List<SpecificNeed> specificNeeds) {

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
