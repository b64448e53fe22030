package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Answer;
import org.homeward.TestApplication;
import org.homeward.access.Role;
import org.homeward.access.ScopeGrant;
import org.homeward.access.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The API's individual keeps its eight flat name fields, in the answers and in the published API
 * description, now that the registry holds a person's names as one name chain.
 */
class IndividualWireShapeIT {

    private static final String PASSWORD = "correct horse battery";
    private static final List<String> NAME_FIELDS = List.of(
            "givenNameAr",
            "givenNameLatin",
            "fatherNameAr",
            "fatherNameLatin",
            "grandfatherNameAr",
            "grandfatherNameLatin",
            "familyNameAr",
            "familyNameLatin");

    @Test
    void answersAndDescribesTheNameChainAsEightFlatFields() {
        Path data = Path.of("target/test-data/individual-wire-" + UUID.randomUUID());
        try (ConfigurableApplicationContext app = TestApplication.start(data, true)) {
            app.getBean(UserService.class).create("officer.rana", Role.REGISTRATION_OFFICER, PASSWORD, "Test NGO");
            app.getBean(UserService.class).setScopes("officer.rana", List.of(ScopeGrant.parse("area:SY02")));
            ApiClient api = new ApiClient(TestApplication.port(app), "officer.rana", PASSWORD);

            Answer registered = api.post("/api/v1/households", HouseholdFixtures.familyOfFive("Al-Hamwi", "الحموي"));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            JsonNode principal = registered.json().get("members").get(0);
            assertThat(principal.get("familyNameLatin").asString()).isEqualTo("Al-Hamwi");
            assertThat(principal.get("familyNameAr").asString()).isEqualTo("الحموي");
            assertThat(fields(principal)).doesNotContain("names").containsSubsequence(NAME_FIELDS);
            assertThat(fields(principal).subList(4, 12)).isEqualTo(NAME_FIELDS);

            Answer description = api.get("/api/v1/openapi");
            assertThat(description.status()).as(description.body()).isEqualTo(200);
            JsonNode schema =
                    description.json().get("components").get("schemas").get("Individual");
            List<String> described = fields(schema.get("properties"));
            assertThat(described).doesNotContain("names").containsSubsequence(NAME_FIELDS);
            assertThat(described.subList(0, 12)).endsWith(NAME_FIELDS.toArray(String[]::new));
        }
    }

    private static List<String> fields(JsonNode object) {
        return new ArrayList<>(object.propertyNames());
    }
}
