package org.homeward.registry;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * One individual as entered on a form, sent to the API or read from an import row: every value
 * as text, so that each wrong one can be reported by field rather than fail the whole request.
 */
public record IndividualDetails(
        String relationship,
        String givenNameAr, String givenNameLatin,
        String fatherNameAr, String fatherNameLatin,
        String grandfatherNameAr, String grandfatherNameLatin,
        String familyNameAr, String familyNameLatin,
        String sex,
        String birthDate,
        String phone,
        String documentType,
        String documentNumber,
        String placeOfOrigin,
        @Size(max = 20) List<String> specificNeeds) {

    public IndividualDetails {
        specificNeeds = specificNeeds == null ? List.of() : List.copyOf(specificNeeds);
    }

    /** The details that would register this individual again as they are. */
    public static IndividualDetails of(Individual member) {
        return new IndividualDetails(member.relationship().name(),
                member.givenNameAr(), member.givenNameLatin(), member.fatherNameAr(), member.fatherNameLatin(),
                member.grandfatherNameAr(), member.grandfatherNameLatin(), member.familyNameAr(), member.familyNameLatin(),
                member.sex().name(), member.birthDate().format(), member.phone(),
                member.documentType() == null ? null : member.documentType().name(), member.documentNumber(),
                member.placeOfOrigin(), member.specificNeeds().stream().map(SpecificNeed::code).toList());
    }
}
