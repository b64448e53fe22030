package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The API's shape of an individual: the name chain as eight flat fields, in the order clients know. */
class IndividualJsonTest {

    private final JsonNode json = JsonMapper.builder().build().valueToTree(ahmad());

    @Test
    void writesTheNameChainAsEightFlatFieldsInTheirPlace() {
        List<String> fields = new ArrayList<>(json.propertyNames());
        assertThat(fields)
                .containsExactly(
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
                        "familyNameLatin",
                        "sex",
                        "birthDate",
                        "phone",
                        "documentType",
                        "documentNumber",
                        "placeOfOrigin",
                        "specificNeeds",
                        "nationality",
                        "birthCountry",
                        "birthPlace",
                        "birthTown");
    }

    @Test
    void writesEachPartInItsScriptAndAnUnknownOneAsNull() {
        assertThat(json.get("givenNameAr").asString()).isEqualTo("أحمد");
        assertThat(json.get("givenNameLatin").asString()).isEqualTo("Ahmad");
        assertThat(json.get("fatherNameLatin").asString()).isEqualTo("Khaled");
        assertThat(json.get("grandfatherNameAr").isNull()).isTrue();
        assertThat(json.get("grandfatherNameLatin").asString()).isEqualTo("Mahmoud");
        assertThat(json.get("familyNameAr").asString()).isEqualTo("الحموي");
    }

    private static Individual ahmad() {
        return new Individual(
                UUID.fromString("00000000-0000-0000-0000-000000000001"),
                0,
                true,
                Relationship.PRINCIPAL,
                NameChain.of("أحمد", "Ahmad", "خالد", "Khaled", null, "Mahmoud", "الحموي", "Al-Hamwi"),
                Sex.M,
                new BirthDate(LocalDate.of(1980, 1, 1), DatePrecision.YEAR),
                "+963900000000",
                DocumentType.NATIONAL_ID,
                "123",
                "SY0100",
                List.of(),
                "SYR",
                "SYR",
                null,
                null);
    }
}
