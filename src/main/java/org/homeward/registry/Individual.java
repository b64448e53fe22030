package org.homeward.registry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.UUID;

/**
 * A person registered in a household, named by the Arab name chain in Arabic and/or Latin script.
 *
 * <p>The API shows the name chain as eight flat fields ({@code givenNameAr}, {@code givenNameLatin}, …),
 * as it always has; the accessors of those fields read the chain, and the order below keeps the fields
 * where clients and the published API description expect them.
 *
 * @param names        the name chain, in both scripts as written
 * @param nationality  ISO 3166-1 alpha-3 code, or null when not known
 * @param birthCountry ISO 3166-1 alpha-3 code of the country of birth ({@code SYR} for a birth inside Syria)
 * @param birthPlace   P-code of the place of birth inside Syria, or null
 * @param birthTown    the town of a birth outside Syria as typed, or null
 */
@JsonPropertyOrder({
    "id",
    "position",
    "principal",
    "relationship",
    "givenNameAr",
    "givenNameLatin",
    "fatherNameAr",
    "fatherNameLatin",
    "grandfatherNameAr",
    "grandfatherNameLatin",
    "familyNameAr",
    "familyNameLatin"
})
public record Individual(
        UUID id,
        int position,
        boolean principal,
        Relationship relationship,
        @JsonIgnore NameChain names,
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

    public Individual {
        names = names == null ? NameChain.NONE : names;
    }

    /** A person whose nationality and place of birth are not known. */
    public Individual(
            UUID id,
            int position,
            boolean principal,
            Relationship relationship,
            NameChain names,
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
                names,
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
                names,
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

    @JsonProperty
    public String givenNameAr() {
        return names.given().arabic();
    }

    @JsonProperty
    public String givenNameLatin() {
        return names.given().latin();
    }

    @JsonProperty
    public String fatherNameAr() {
        return names.father().arabic();
    }

    @JsonProperty
    public String fatherNameLatin() {
        return names.father().latin();
    }

    @JsonProperty
    public String grandfatherNameAr() {
        return names.grandfather().arabic();
    }

    @JsonProperty
    public String grandfatherNameLatin() {
        return names.grandfather().latin();
    }

    @JsonProperty
    public String familyNameAr() {
        return names.family().arabic();
    }

    @JsonProperty
    public String familyNameLatin() {
        return names.family().latin();
    }

    /** The full name chain in Arabic script where known, else in Latin script. */
    public String displayNameArabic() {
        return names.displayArabic();
    }

    public String displayNameLatin() {
        return names.displayLatin();
    }
}
