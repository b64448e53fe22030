package org.homeward.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The property locker through the API: a new upload of a document is its next version and every version stays readable. */
@HomewardTest
class PropertyLockerIT {

    @Autowired
    HouseholdCommands households;

    @Autowired
    UserService users;

    @LocalServerPort
    int port;

    @Test
    void eachUploadOfADocumentIsANewVersionAndNoVersionIsLost() {
        EvidenceTestData.user(users, "locker.coordinator", Role.COORDINATOR);
        EvidenceHttp http = new EvidenceHttp(port, "locker.coordinator", EvidenceTestData.PASSWORD);
        Household household = EvidenceTestData.household(
                households, "SY010000", "EV-L" + UUID.randomUUID().toString().substring(0, 6));
        Household neighbour = EvidenceTestData.household(
                households, "SY010000", "EV-N" + UUID.randomUUID().toString().substring(0, 6));
        String locker = "/api/v1/evidence/households/" + household.id() + "/locker";
        List<byte[]> deeds = List.of(
                EvidenceSamples.pdf("Title deed, first copy"),
                EvidenceSamples.png(21),
                EvidenceSamples.pdf("Title deed, stamped copy"));

        for (int i = 0; i < deeds.size(); i++) {
            String name = i == 1 ? "  title DEED,   Homs flat " : "Title deed, Homs flat";
            EvidenceHttp.Answer added =
                    http.upload(locker, "deed", "application/octet-stream", deeds.get(i), Map.of("document", name));
            assertThat(added.status()).isEqualTo(201);
            assertThat(added.json().path("lockerVersion").asInt()).isEqualTo(i + 1);
        }
        http.upload(locker, "lease.jpg", "image/jpeg", EvidenceSamples.jpeg(8), Map.of("document", "Rental contract"));
        http.upload(
                "/api/v1/evidence/households/" + neighbour.id() + "/locker",
                "deed.pdf",
                "application/pdf",
                EvidenceSamples.pdf("Neighbour's deed"),
                Map.of("document", "Title deed, Homs flat"));

        JsonNode documents = http.get(locker).json();

        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).path("name").asString()).isEqualTo("Rental contract");
        JsonNode deed = documents.get(1);
        assertThat(deed.path("name").asString()).isEqualTo("Title deed, Homs flat");
        assertThat(deed.path("versions").findValuesAsString("lockerVersion")).containsExactly("3", "2", "1");
        for (JsonNode version : deed.path("versions")) {
            byte[] expected = deeds.get(version.path("lockerVersion").asInt() - 1);
            assertThat(http.get("/api/v1/evidence/files/" + version.path("id").asString() + "/content")
                            .bytes())
                    .isEqualTo(expected);
            assertThat(version.path("sha256").asString()).isEqualTo(EvidenceService.sha256(expected));
        }
        assertThat(http.get("/api/v1/evidence/households/" + neighbour.id() + "/locker")
                        .json()
                        .get(0)
                        .path("versions"))
                .hasSize(1);
    }

    @Test
    void aLockerUploadWithoutADocumentNameIsRefusedNamingTheField() {
        EvidenceTestData.user(users, "locker.coordinator", Role.COORDINATOR);
        EvidenceHttp http = new EvidenceHttp(port, "locker.coordinator", EvidenceTestData.PASSWORD);
        Household household = EvidenceTestData.household(
                households, "SY010000", "EV-M" + UUID.randomUUID().toString().substring(0, 6));

        EvidenceHttp.Answer refused = http.upload(
                "/api/v1/evidence/households/" + household.id() + "/locker",
                "deed.pdf",
                "application/pdf",
                EvidenceSamples.pdf("deed"),
                Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString())
                .isEqualTo("document");
        assertThat(http.get("/api/v1/evidence/households/" + household.id() + "/locker")
                        .json())
                .isEmpty();
    }
}
