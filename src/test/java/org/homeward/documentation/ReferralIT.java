package org.homeward.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.HomewardTest;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.registry.ConsentRequest;
import org.homeward.registry.ConsentService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * Referrals through the API against the household's recorded consent: refused with the reason
 * when the consent does not cover the partner or referral at all, made when it does, and the
 * partner's outcomes recorded back on the referral's history and published for its case.
 */
@HomewardTest
@RecordApplicationEvents
class ReferralIT {

    private static final String LEGAL_AID = "Syrian Legal Aid Network";

    @Autowired
    HouseholdCommands households;

    @Autowired
    ConsentService consents;

    @Autowired
    ReferralService referrals;

    @Autowired
    UserService users;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    DocumentationCaseService cases;

    @LocalServerPort
    int port;

    ApiClient coordinator;

    @BeforeEach
    void signIn() {
        EvidenceTestData.user(users, "referral.coordinator", Role.COORDINATOR);
        coordinator = new ApiClient(port, "referral.coordinator", EvidenceTestData.PASSWORD);
    }

    private Household consenting(List<String> purposes, List<String> partners) {
        Household household = EvidenceTestData.household(
                households, "SY010000", "RF-" + UUID.randomUUID().toString().substring(0, 8));
        if (!purposes.isEmpty()) {
            consents.record(
                    household.id(),
                    new ConsentRequest(household.version(), purposes, partners, "principal", "VERBAL"),
                    "referral-test");
        }
        return household;
    }

    /** A property-evidence case of the household, opened by the system. */
    private UUID caseOf(Household household) {
        return cases.open(new OpenCaseRequest(household.id(), null, "HLP_EVIDENCE", "SYR", null))
                .id();
    }

    @Test
    void aReferralForACaseOfAnotherHouseholdIsRefusedNamingTheCase() {
        Household household = consenting(List.of("REFERRAL"), List.of(LEGAL_AID));
        Household neighbour = consenting(List.of("REFERRAL"), List.of(LEGAL_AID));

        ApiClient.Answer refused = refer(household, LEGAL_AID, caseOf(neighbour));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString())
                .isEqualTo("caseId");
        assertThat(refused.json().path("code").asString()).isEqualTo("REFERRAL_CASE_UNKNOWN");
        assertThat(stored(household)).isZero();
    }

    private ApiClient.Answer refer(Household household, String partner, UUID caseId) {
        return coordinator.post(
                "/api/v1/referrals/households/" + household.id(),
                new ReferralRequest(partner, "LEGAL_AID", caseId, "Needs help proving ownership of the family flat"));
    }

    private long stored(Household household) {
        return jdbc.sql("SELECT count(*) FROM referral WHERE household_id = :id")
                .param("id", household.id())
                .query(Long.class)
                .single();
    }

    @Test
    void aReferralToAPartnerTheConsentDoesNotNameIsRefusedWithTheReasonAndNothingIsWritten() {
        Household household = consenting(List.of("REFERRAL", "STATISTICS"), List.of(LEGAL_AID));

        ApiClient.Answer refused = refer(household, "Another Organisation", null);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("code").asString()).isEqualTo("REFERRAL_PARTNER_NOT_CONSENTED");
        assertThat(refused.json().path("detail").asString()).contains("Another Organisation");
        assertThat(stored(household)).isZero();
        assertThat(audit.query(
                        "referral.coordinator", "household", household.id().toString(), null, null, 20))
                .filteredOn(entry -> entry.action().equals("REFERRAL_REFUSED"))
                .extracting(entry -> entry.details().get("reason"))
                .containsExactly("REFERRAL_PARTNER_NOT_CONSENTED");
    }

    @Test
    void aReferralIsRefusedWhenTheConsentLeavesOutReferralOrWasNeverRecorded() {
        Household assistanceOnly = consenting(List.of("ASSISTANCE"), List.of());
        Household never = consenting(List.of(), List.of());

        assertThat(refer(assistanceOnly, LEGAL_AID, null).json().path("code").asString())
                .isEqualTo("REFERRAL_PURPOSE_NOT_CONSENTED");
        assertThat(refer(never, LEGAL_AID, null).json().path("code").asString()).isEqualTo("REFERRAL_CONSENT_MISSING");
        assertThat(stored(assistanceOnly) + stored(never)).isZero();
    }

    @Test
    void aReferralTheConsentCoversIsMadeAndThePartnersOutcomesAreRecordedBack() {
        Household household = consenting(List.of("REFERRAL"), List.of("UNHCR", LEGAL_AID));
        UUID caseId = caseOf(household);

        ApiClient.Answer made = refer(household, LEGAL_AID.toUpperCase(), caseId);

        assertThat(made.status()).isEqualTo(201);
        assertThat(made.json().path("status").asString()).isEqualTo("SENT");
        assertThat(made.json().path("caseId").asString()).isEqualTo(caseId.toString());
        String referral = made.json().path("id").asString();
        assertThat(jdbc.sql("SELECT consent -> 'partners' ->> 1 FROM referral WHERE id = CAST(:id AS uuid)")
                        .param("id", referral)
                        .query(String.class)
                        .single())
                .isEqualTo(LEGAL_AID);

        ApiClient.Answer accepted = coordinator.post(
                "/api/v1/referrals/" + referral + "/outcome",
                new ReferralOutcomeRequest("ACCEPTED", "Lawyer assigned"));
        ApiClient.Answer provided = coordinator.post(
                "/api/v1/referrals/" + referral + "/outcome",
                new ReferralOutcomeRequest("service_provided", "Ownership certificate obtained"));

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(provided.json().path("status").asString()).isEqualTo("SERVICE_PROVIDED");
        JsonNode history =
                coordinator.get("/api/v1/referrals/" + referral).json().path("history");
        assertThat(history.findValuesAsString("kind")).containsExactly("REFERRED", "OUTCOME", "OUTCOME");
        assertThat(history.get(2).path("outcome").asString()).isEqualTo("SERVICE_PROVIDED");
        assertThat(history.get(2).path("actor").asString()).isEqualTo("referral.coordinator");
        JsonNode forCase = coordinator.get("/api/v1/referrals/cases/" + caseId).json();
        assertThat(forCase).hasSize(1);
        assertThat(forCase.get(0).path("status").asString()).isEqualTo("SERVICE_PROVIDED");
        assertThat(jdbc.sql("SELECT count(*) FROM referral_event WHERE case_id = :case AND kind = 'OUTCOME'")
                        .param("case", caseId)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void recordingAnOutcomePublishesItForTheCaseTheReferralWasMadeFor() {
        Household household = consenting(List.of("REFERRAL"), List.of(LEGAL_AID));
        UUID caseId = caseOf(household);
        Referral referral =
                referrals.refer(household.id(), new ReferralRequest(LEGAL_AID, "PROPERTY_CLAIM", caseId, null));

        referrals.recordOutcome(referral.id(), new ReferralOutcomeRequest("DECLINED", "Outside our area"));

        assertThat(events.stream(ReferralOutcomeRecorded.class)).singleElement().satisfies(recorded -> {
            assertThat(recorded.caseId()).isEqualTo(caseId);
            assertThat(recorded.referralId()).isEqualTo(referral.id());
            assertThat(recorded.outcome()).isEqualTo(ReferralOutcome.DECLINED);
        });
    }

    @Test
    void aReferralWithoutPartnerOrNeedAndAnUnknownOutcomeAreRefusedNamingTheFields() {
        Household household = consenting(List.of("REFERRAL"), List.of(LEGAL_AID));

        ApiClient.Answer refused =
                coordinator.post("/api/v1/referrals/households/" + household.id(), Map.of("note", "x"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("partner", "need");
        Referral referral = referrals.refer(household.id(), new ReferralRequest(LEGAL_AID, "LEGAL_AID", null, null));
        ApiClient.Answer unknown =
                coordinator.post("/api/v1/referrals/" + referral.id() + "/outcome", Map.of("outcome", "MAYBE"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("code").asString()).isEqualTo("REFERRAL_OUTCOME_INVALID");
        assertThat(audit.query(null, "referral", referral.id().toString(), null, null, 10))
                .extracting(AuditRecord::action)
                .containsExactly("REFERRAL_MADE");
    }
}
