package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.homeward.ApplicationRoutes;
import org.homeward.HomewardTest;
import org.homeward.TestUsers;
import org.homeward.allocation.AllocationPlanner;
import org.homeward.allocation.ArrivalWindow;
import org.homeward.linkage.DuplicateQueue;
import org.homeward.linkage.DuplicateReviewService;
import org.homeward.linkage.DuplicateRunService;
import org.homeward.linkage.LikelyDuplicateService;
import org.homeward.linkage.QueueFilter;
import org.homeward.reception.BookPlaces;
import org.homeward.reception.BookingCommands;
import org.homeward.reception.CentreRequest;
import org.homeward.reception.CentreService;
import org.homeward.reception.CheckInRequest;
import org.homeward.reception.ReceptionForecastService;
import org.homeward.reception.Stay;
import org.homeward.reception.StayCommands;
import org.homeward.reception.StayQueries;
import org.homeward.registry.ConsentRequest;
import org.homeward.registry.ConsentService;
import org.homeward.registry.DataSubjectRequestService;
import org.homeward.registry.ExportFormat;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdExportService;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the running application (read from its own request mappings, as the route matrix
 * does) is either a read of people, a change, or shows nobody. Each read of people, called as an
 * administrator, must show the people it is about and add audit entries naming each household it
 * showed; each route said to show nobody must show none of them. A new route that nobody sorted
 * fails here, and so does one that shows people without saying so.
 */
@HomewardTest
class PersonalDataAuditIT {

    private static final String ADMIN = "audit.reader." + Long.toString(System.nanoTime() % 1_000_000, 36);
    private static final String FAMILY = "Raqib" + letters(8);
    private static final String DESTINATION = "SY110101";
    /**
     * Non-GET routes that record nothing and show nobody: they keep a filter in the session and redirect
     * (the queue they lead to is a read of people, sorted above).
     */
    private static final List<String> REDIRECTS_SHOWING_NOBODY = List.of("POST /duplicates/filter");

    /** Non-GET routes that change something and are audited as changes by their own tests. */
    private static final List<String> CHANGES = List.of(
            "POST /api/v1/conditions/assessments",
            "POST /conditions/import",
            "POST /api/v1/documentation/cases",
            "POST /api/v1/documentation/cases/{id}/assignment",
            "POST /api/v1/documentation/cases/{id}/notes",
            "POST /api/v1/documentation/cases/{id}/reminders",
            "POST /api/v1/documentation/cases/{id}/status",
            "POST /api/v1/documentation/cases/{id}/steps/{stepId}",
            "POST /api/v1/documentation/proposals/{id}/accept",
            "POST /api/v1/documentation/proposals/{id}/dismiss",
            "POST /documentation/cases/{id}/assignment",
            "POST /documentation/cases/{id}/notes",
            "POST /documentation/cases/{id}/reminders",
            "POST /documentation/cases/{id}/reminders/{reminderId}/done",
            "POST /documentation/cases/{id}/status",
            "POST /documentation/cases/{id}/steps/{stepId}",
            "POST /documentation/cases/{id}/steps/{stepId}/evidence",
            "POST /documentation/proposals/{id}/accept",
            "POST /documentation/proposals/{id}/dismiss",
            "POST /api/v1/evidence/households/{id}",
            "POST /api/v1/evidence/households/{id}/locker",
            "POST /api/v1/evidence/re-encryption",
            "POST /evidence/households/{id}",
            "POST /evidence/households/{id}/locker",
            "POST /api/v1/referrals/households/{id}",
            "POST /api/v1/referrals/{referralId}/outcome",
            "POST /referrals/households/{id}",
            "POST /referrals/{referralId}/outcome",
            "POST /api/v1/households/{id}/intentions",
            "POST /households/{id}/intentions",
            "POST /api/v1/intentions/import",
            "POST /api/v1/intentions/mappings",
            "POST /intentions/import",
            "POST /intentions/mappings",
            "POST /api/v1/households",
            "PUT /api/v1/households/{id}",
            "POST /api/v1/households/{id}/members",
            "POST /api/v1/households/{id}/journey",
            "POST /api/v1/households/{id}/members/{memberId}/reveal",
            "PUT /api/v1/households/{id}/consent",
            "POST /api/v1/households/{id}/requests",
            "POST /api/v1/households/{id}/requests/{requestId}/complete",
            "POST /households",
            "POST /households/{id}/members/{memberId}/reveal",
            "POST /households/{id}/consent",
            "POST /households/{id}/members/{memberId}/summary",
            "POST /duplicates/{id}/reveal",
            "POST /households/{id}/requests",
            "POST /households/{id}/requests/{requestId}/complete",
            "POST /households/{id}/journey",
            "POST /households/{id}/details",
            "POST /households/{id}/members",
            "POST /households/{id}/members/{memberId}",
            "POST /households/{id}/members/{memberId}/removal",
            "PUT /api/v1/households/{id}/details",
            "PUT /api/v1/households/{id}/members/{memberId}",
            "POST /api/v1/households/{id}/members/{memberId}/removal",
            "POST /centres",
            "POST /centres/{code}",
            "POST /centres/import",
            "POST /centres/{code}/check-in",
            "POST /api/v1/centres",
            "PUT /api/v1/centres/{code}",
            "POST /api/v1/centres/import",
            "POST /api/v1/centres/{code}/stays",
            "POST /api/v1/stays/{id}/release",
            "POST /api/v1/stays/{id}/check-out",
            "POST /api/v1/stays/{id}/members",
            "POST /api/v1/stays/{id}/transfer",
            "POST /stays/{id}/members",
            "POST /stays/{id}/check-out",
            "POST /stays/{id}/transfer",
            "POST /stays/{id}/release",
            "POST /duplicates/{id}/decision",
            "POST /duplicates/{id}/unmerge",
            "POST /duplicates/runs",
            "POST /allocation/runs",
            "POST /allocation/runs/{id}/accept-remaining",
            "POST /allocation/runs/{id}/proposals/{proposal}/accept",
            "POST /allocation/runs/{id}/proposals/{proposal}/override",
            "POST /allocation/runs/{id}/proposals/{proposal}/reject",
            "POST /api/v1/statistics/figures",
            "PUT /api/v1/statistics/figures/{id}",
            "POST /statistics/figures",
            "POST /statistics/figures/{id}",
            "POST /admin/users",
            "POST /admin/users/enabled",
            "POST /admin/users/{username}/role",
            "POST /admin/users/{username}/scopes",
            "POST /admin/users/{username}/password",
            "POST /account/password",
            "POST /api/v1/tokens",
            "POST /api/v1/voluntariness/households/{id}/members/{memberId}/records",
            "POST /api/v1/voluntariness/households/{id}/members/{memberId}/withdrawal",
            "POST /api/v1/voluntariness/households/{id}/members/{memberId}/reconfirmations",
            "POST /api/v1/voluntariness/signals/{signalId}/review",
            "POST /voluntariness/households/{id}/members/{memberId}/record",
            "POST /voluntariness/households/{id}/members/{memberId}/withdraw",
            "POST /voluntariness/households/{id}/members/{memberId}/reconfirm",
            "POST /voluntariness/protection/{signalId}/review",
            "POST /sharing-agreements",
            "POST /api/v1/movements/{id}/boarding",
            "POST /api/v1/movements/{id}/no-shows",
            "POST /movements/{id}/boarding",
            "POST /movements/{id}/no-show",
            "POST /api/v1/movements/{id}/arrival",
            "POST /movements/{id}/arrival",
            "POST /api/v1/movement-alerts/{id}/resolve",
            "POST /movement-alerts/{id}/resolve",
            "POST /api/v1/follow-ups/{id}",
            "POST /follow-ups/{id}",
            "POST /api/v1/plans",
            "PUT /api/v1/plans/{id}/targets",
            "POST /api/v1/plans/{id}/targets",
            "POST /plans",
            "POST /api/v1/plans/{id}/schedule",
            "POST /api/v1/plans/{id}/schedule/preview",
            "POST /plans/{id}/targets",
            "POST /api/v1/movements",
            "POST /api/v1/movements/{id}/households",
            "POST /api/v1/movements/{id}/households/{householdId}/removal",
            "POST /api/v1/movements/{id}/households/{householdId}/booking",
            "POST /api/v1/movements/{id}/decisions",
            "POST /api/v1/movements/{id}/departure",
            "POST /movements",
            "POST /movements/{id}/households",
            "POST /movements/{id}/households/{householdId}/removal",
            "POST /movements/{id}/households/{householdId}/booking",
            "POST /movements/{id}/decisions",
            "POST /movements/{id}/departure",
            "POST /api/v1/households/{id}/offline-edits",
            "POST /api/v1/edit-conflicts/{conflictId}/resolution",
            "POST /edit-conflicts/{conflictId}",
            // Offline sync: its records' households are audited by the registry as registrations (OfflineSyncIT).
            "POST /api/v1/offline/devices",
            "POST /api/v1/offline/devices/{deviceId}/unlock",
            "POST /api/v1/offline/devices/{deviceId}/references",
            "POST /api/v1/offline/sync",
            // A bundle's import is audited per record and per bundle (OfflineBundleIT).
            "POST /offline/bundles");
    /**
     * GET routes that answer a printed or shared manifest of a movement: read back (text, names,
     * absence of numbers) and checked for their audit entries by movements' PrintedDocumentsIT and
     * SharingExportIT, which build the movement they need.
     */
    /**
     * GET routes that show people's referrals and destination notes, whose audit entries their own
     * features' tests check (ReferralIT, DestinationAreaNoteIT) with the referrals and notes they build.
     * Cases, evidence and intentions are in this test's fixture and among its reads.
     */
    private static final List<String> READS_CHECKED_BY_THEIR_FEATURES = List.of(
            "GET /referrals/households/{id}",
            "GET /api/v1/referrals/cases/{caseId}",
            "GET /api/v1/referrals/households/{id}",
            "GET /api/v1/referrals/{referralId}",
            "GET /api/v1/households/{id}/destination-area",
            // Conflicts of offline edits (OfflineEditConflictIT) and the device's reference snapshot
            // (ReferenceSnapshotIT).
            "GET /edit-conflicts",
            "GET /api/v1/edit-conflicts",
            "GET /api/v1/linkage/snapshot");

    private static final List<String> DOCUMENTS_CHECKED_BY_MOVEMENTS = List.of(
            "GET /movements/{id}/manifest.pdf",
            "GET /movements/{id}/sharing/{agreement}.csv",
            "GET /movements/{id}/sharing/{agreement}.pdf");
    /** GET routes that show no person: numbers, places, forms, progress, administration. */
    private static final List<String> SHOW_NOBODY = List.of(
            "/conditions",
            "/conditions/areas/{pcode}",
            "/conditions/import",
            "/conditions/map-data",
            "/conditions/outline.geojson",
            "/api/v1/conditions/areas/{pcode}",
            "/api/v1/statistics/returns-by-condition",
            "/documentation/figures",
            "/documentation/figures/export.csv",
            "/documentation/figures/export.xlsx",
            "/api/v1/documentation/figures",
            "/api/v1/documentation/case-types",
            "/intentions/figures",
            "/api/v1/intentions/figures",
            "/intentions/import",
            "/intentions/import/progress/{token}",
            "/api/v1/intentions/mappings",
            "/",
            "/login",
            "/error",
            "/households",
            "/api/v1/households",
            "/households/new",
            "/households/new/member",
            "/places",
            "/places/resolve",
            "/places/suggest",
            "/api/v1/places",
            "/api/v1/places/{pcode}",
            "/api/v1/places/countries",
            "/api/v1/places/crossings",
            "/api/v1/places/resolve",
            "/api/v1/places/suggest",
            "/centres",
            "/centres/new",
            "/centres/import",
            "/centres/{code}/edit",
            "/forecast",
            "/api/v1/forecast",
            "/api/v1/centres",
            "/api/v1/centres.csv",
            "/api/v1/centres/{code}",
            "/api/v1/centres/{code}/history",
            "/duplicates/runs",
            "/duplicates/runs/progress",
            "/allocation",
            "/allocation/runs/{id}/progress",
            "/allocation/runs/{id}/acceptance",
            "/allocation/runs/{id}/accept-remaining",
            "/statistics",
            "/statistics/figures",
            "/statistics/figures/{id}/edit",
            "/api/v1/statistics/figures",
            "/api/v1/statistics/figures/{id}",
            "/api/v1/statistics/figures.csv",
            "/api/v1/statistics/returns",
            "/api/v1/statistics/returns.csv",
            "/api/v1/statistics/export",
            "/admin/users",
            "/admin/audit",
            "/admin/users/{username}",
            "/account/password",
            // The protection queue names officers, witnesses and household references, never a person's name.
            "/voluntariness/protection",
            "/api/v1/voluntariness/signals",
            "/sharing-agreements",
            "/movements/{id}/sharing",
            "/api/v1/follow-ups/figures",
            "/plans",
            "/plans/{id}",
            "/api/v1/plans",
            "/api/v1/plans/{id}",
            "/api/v1/plans/{id}/funnel",
            "/api/v1/plans/{id}/movements",
            "/movements",
            "/api/v1/movements",
            "/api/v1/movements/{id}",
            "/api/v1/linkage/given-names",
            // The offline form is empty until the device decrypts its own outbox; the devices page names officers only.
            "/offline/register",
            "/offline/register/{language}",
            "/offline/sw.js",
            "/offline/devices",
            // The bundle upload form and the server's public bundle key.
            "/offline/bundles",
            "/api/v1/offline/bundle-key");

    private static Fixture fixture;

    @Autowired
    WebApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    HouseholdCommands households;

    @Autowired
    ConsentService consents;

    @Autowired
    DataSubjectRequestService requests;

    @Autowired
    CentreService centres;

    @Autowired
    StayQueries stays;

    @Autowired
    StayCommands stayCommands;

    @Autowired
    BookingCommands bookingCommands;

    @Autowired
    ReceptionForecastService forecasts;

    @Autowired
    DuplicateRunService duplicateRuns;

    @Autowired
    DuplicateReviewService review;

    @Autowired
    LikelyDuplicateService likelyDuplicates;

    @Autowired
    AllocationPlanner planner;

    @Autowired
    org.homeward.movements.MovementService movements;

    @Autowired
    org.homeward.movements.ManifestService manifests;

    @Autowired
    HouseholdExportService exports;

    @Autowired
    UserService users;

    @Autowired
    AuditTrail audit;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    MockMvc mvc;

    /** The people every read of this test must show: one set made for the whole class. */
    record Fixture(
            String centre,
            Household staying,
            Household twin,
            Household booked,
            Household expected,
            Household waiting,
            Stay stay,
            long pair,
            Long pairPage,
            UUID run,
            UUID movement,
            Documented documented) {}

    /** A household with a child born abroad, a birth case on the child, a scan gathered for it and a locker document. */
    record Documented(Household household, String caseId, String evidenceFile) {}

    /** One read of people: how to call it, what of the people it must show, and whose households. */
    record Read(
            HttpMethod method,
            String path,
            Map<String, String> form,
            String json,
            String shows,
            Set<UUID> households) {}

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        if (fixture == null) {
            fixture = makeFixture();
        }
    }

    @Test
    void everyRouteIsSortedAsAReadOfPeopleAChangeOrShowingNobody() {
        Map<String, Read> reads = reads();
        List<String> unsorted = new ArrayList<>();
        for (String route : routes()) {
            int sorted = (reads.containsKey(route) ? 1 : 0)
                    + (CHANGES.contains(route) ? 1 : 0)
                    + (REDIRECTS_SHOWING_NOBODY.contains(route) ? 1 : 0)
                    + (DOCUMENTS_CHECKED_BY_MOVEMENTS.contains(route) ? 1 : 0)
                    + (READS_CHECKED_BY_THEIR_FEATURES.contains(route) ? 1 : 0)
                    + (route.startsWith("GET ") && showsNobody(route.substring(4)) ? 1 : 0);
            if (sorted != 1) {
                unsorted.add(route + (sorted == 0 ? " is not sorted" : " is sorted twice"));
            }
        }
        assertThat(unsorted).isEmpty();
        assertThat(reads.keySet())
                .as("every read listed is a route of the application")
                .isSubsetOf(routes());
    }

    @Test
    void everyReadOfPeopleShowsThemAndAddsAuditEntriesNamingEachHouseholdShown() throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Read> entry : reads().entrySet()) {
            Read read = entry.getValue();
            long before = latestEntry();
            MvcResult result = mvc.perform(request(read)).andReturn();
            String body = result.getResponse().getContentAsString();
            String where = entry.getKey() + " (" + read.path() + ") -> "
                    + result.getResponse().getStatus();
            if (result.getResponse().getStatus() != 200 || !body.contains(read.shows())) {
                failures.add(where + " did not show " + read.shows());
                continue;
            }
            Set<String> named = householdsNamedSince(before);
            for (UUID household : read.households()) {
                if (!named.contains(household.toString())) {
                    failures.add(where + " left no audit entry naming household " + household);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void noRouteSaidToShowNobodyShowsTheTestsPeople() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String route : routes()) {
            if (!route.startsWith("GET ") || !showsNobody(route.substring(4))) {
                continue;
            }
            String path = concrete(route.substring(4));
            MvcResult result = mvc.perform(MockMvcRequestBuilders.get(path)
                            .with(user(ADMIN).roles("ADMIN"))
                            .accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML))
                    .andReturn();
            if (result.getResponse().getContentAsString().contains(FAMILY)) {
                failures.add(route + " (" + path + ") shows a person but is sorted as showing nobody");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anExportNamesEveryHouseholdItWroteInTheAuditTrail(@TempDir Path folder) throws Exception {
        long before = latestEntry();
        Path file = folder.resolve("everyone.csv");
        long written = exports.export(file, ExportFormat.CSV, null, ADMIN, done -> {});

        assertThat(written).isPositive();
        assertThat(Files.readString(file)).contains(FAMILY);
        List<AuditRecord> recorded = audit.query(ADMIN, "file", "everyone.csv", null, null, 5).stream()
                .filter(entry -> entry.id() > before)
                .toList();
        assertThat(recorded).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("EXPORT");
            assertThat(entry.details())
                    .containsEntry("individuals", (int) written)
                    .containsEntry("complete", true);
            assertThat(householdsOf(entry))
                    .contains(
                            fixture.staying().id().toString(),
                            fixture.twin().id().toString(),
                            fixture.booked().id().toString(),
                            fixture.waiting().id().toString());
        });
        assertThat(audit.query(ADMIN, "household", fixture.waiting().id().toString(), null, null, 20))
                .as("asking who looked at a household finds the exports and lists that showed it")
                .extracting(AuditRecord::action)
                .contains("EXPORT");
    }

    /** The reads of people, keyed by method and route pattern, each called with the test's people. */
    private Map<String, Read> reads() {
        Fixture f = fixture;
        Household h = f.staying();
        String id = h.id().toString();
        String name = h.members().get(0).familyNameLatin();
        Set<UUID> one = Set.of(h.id());
        Set<UUID> pair = Set.of(h.id(), f.twin().id());
        Map<String, Read> reads = new LinkedHashMap<>();
        reads.put(
                "POST /households/search",
                new Read(HttpMethod.POST, "/households/search", Map.of("name", FAMILY), null, name, one));
        reads.put("GET /households/{id}", get("/households/" + id, name, one));
        // The audit search names the household by its reference; it shows the household's id and records that read.
        reads.put(
                "POST /admin/audit",
                new Read(HttpMethod.POST, "/admin/audit", Map.of("household", h.reference()), null, id, one));
        reads.put(
                "GET /households/{id}/members/{memberId}/summary",
                get("/households/" + id + "/members/" + h.members().get(0).id() + "/summary", name, one));
        reads.put(
                "POST /api/v1/households/search",
                new Read(
                        HttpMethod.POST,
                        "/api/v1/households/search",
                        Map.of(),
                        "{\"name\": \"" + FAMILY + "\"}",
                        name,
                        one));
        reads.put("GET /api/v1/households/{id}", get("/api/v1/households/" + id, name, one));
        reads.put(
                "GET /api/v1/households/by-reference/{reference}",
                get("/api/v1/households/by-reference/" + h.reference(), name, one));
        // A PDF's text is compressed: that it is a PDF is checked here, its names by PrintedDocumentsIT.
        reads.put(
                "GET /households/{reference}/slip.pdf", get("/households/" + h.reference() + "/slip.pdf", "%PDF", one));
        reads.put(
                "GET /api/v1/households/{id}/history", get("/api/v1/households/" + id + "/history", "REGISTERED", one));
        reads.put(
                "GET /api/v1/households/{id}/consent",
                get("/api/v1/households/" + id + "/consent", FAMILY + " himself", one));
        reads.put(
                "GET /api/v1/households/{id}/requests",
                get(
                        "/api/v1/households/" + id + "/requests",
                        h.members().get(0).id().toString(),
                        one));
        reads.put(
                "GET /centres/{code}",
                get(
                        "/centres/" + f.centre(),
                        name,
                        Set.of(h.id(), f.booked().id(), f.expected().id())));
        reads.put(
                "GET /centres/{code}/arrival",
                get("/centres/" + f.centre() + "/arrival?reference=" + h.reference(), name, one));
        reads.put(
                "POST /centres/{code}/arrival",
                new Read(
                        HttpMethod.POST,
                        "/centres/" + f.centre() + "/arrival",
                        Map.of("reference", h.reference()),
                        null,
                        name,
                        one));
        reads.put(
                "GET /api/v1/centres/{code}/stays",
                get("/api/v1/centres/" + f.centre() + "/stays", h.reference(), one));
        reads.put(
                "GET /api/v1/centres/{code}/bookings",
                get(
                        "/api/v1/centres/" + f.centre() + "/bookings",
                        f.booked().reference(),
                        Set.of(f.booked().id())));
        reads.put(
                "GET /api/v1/centres/{code}/expected-today",
                get(
                        "/api/v1/centres/" + f.centre() + "/expected-today",
                        f.expected().reference(),
                        Set.of(f.expected().id())));
        reads.put("GET /api/v1/stays/{id}", get("/api/v1/stays/" + f.stay().id(), id, one));
        reads.put(
                "GET /api/v1/stays",
                get("/api/v1/stays?household=" + id, f.stay().id().toString(), one));
        reads.put("GET /api/v1/stays/history", get("/api/v1/stays/history?household=" + id, f.centre(), one));
        reads.put("GET /voluntariness/households/{id}", get("/voluntariness/households/" + id, name, one));
        reads.put(
                "GET /api/v1/voluntariness/households/{id}", get("/api/v1/voluntariness/households/" + id, name, one));
        reads.put(
                "GET /duplicates",
                get(f.pairPage() == null ? "/duplicates" : "/duplicates?after=" + f.pairPage(), name, pair));
        reads.put("GET /duplicates/{id}", get("/duplicates/" + f.pair(), name, pair));
        String movement = f.movement().toString();
        reads.put("GET /movements/{id}/boarding", get("/movements/" + movement + "/boarding", name, one));
        reads.put("GET /api/v1/movements/{id}/boarding", get("/api/v1/movements/" + movement + "/boarding", name, one));
        reads.put(
                "GET /movements/{id}/boarding/slip",
                get("/movements/" + movement + "/boarding/slip?scanned=" + h.reference(), name, one));
        reads.put("GET /movements/{id}/arrival", get("/movements/" + movement + "/arrival", name, one));
        reads.put(
                "GET /api/v1/movements/{id}/reconciliation",
                get("/api/v1/movements/" + movement + "/reconciliation", name, one));
        reads.put("GET /movement-alerts", get("/movement-alerts", name, one));
        reads.put("GET /api/v1/movement-alerts", get("/api/v1/movement-alerts", name, one));
        reads.put("GET /follow-ups", get("/follow-ups", name, one));
        reads.put("GET /api/v1/follow-ups", get("/api/v1/follow-ups", name, one));
        reads.put(
                "GET /allocation/runs/{id}",
                get(
                        "/allocation/runs/" + f.run(),
                        f.waiting().reference(),
                        Set.of(f.waiting().id())));
        // A movement with the expected household on its manifest: its pages and API show the household's reference.
        String planned = "/movements/" + movementWith(f.expected());
        Set<UUID> scheduled = Set.of(f.expected().id());
        reads.put("GET /movements/{id}", get(planned, f.expected().reference(), scheduled));
        reads.put(
                "GET /api/v1/movements/{id}/manifest",
                get("/api/v1" + planned + "/manifest", f.expected().reference(), scheduled));
        reads.put(
                "GET /api/v1/movements/{id}/checks",
                get("/api/v1" + planned + "/checks", f.expected().reference(), scheduled));
        reads.put(
                "GET /api/v1/movements/{id}/history",
                get("/api/v1" + planned + "/history", f.expected().id().toString(), scheduled));
        putCaseEvidenceAndIntentionReads(reads, f.documented(), h);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("members[0].givenNameLatin", "Mohammad");
        form.put("members[0].fatherNameLatin", "Ahmad");
        form.put("members[0].familyNameLatin", FAMILY);
        form.put("members[0].sex", "M");
        form.put("members[0].birthDate", "1979-03-14");
        reads.put(
                "POST /households/new/likely-duplicates",
                new Read(HttpMethod.POST, "/households/new/likely-duplicates", form, null, name, pair));
        reads.put(
                "POST /api/v1/households/likely-duplicates",
                new Read(
                        HttpMethod.POST,
                        "/api/v1/households/likely-duplicates",
                        Map.of(),
                        """
                        {"members": [{"relationship": "PRINCIPAL", "givenNameLatin": "Mohammad", "fatherNameLatin": "Ahmad",
                                      "familyNameLatin": "%s", "sex": "M", "birthDate": "1979-03-14"}]}""".formatted(FAMILY),
                        name,
                        pair));
        return reads;
    }

    /** The reads of a documentation case, its evidence and a household's return intentions. */
    private static void putCaseEvidenceAndIntentionReads(Map<String, Read> reads, Documented d, Household staying) {
        Set<UUID> family = Set.of(d.household().id());
        String household = d.household().id().toString();
        String title = "Birth notification " + FAMILY;
        reads.put("GET /documentation", get("/documentation?queue=MINE", d.caseId(), family));
        reads.put("GET /documentation/cases/{id}", get("/documentation/cases/" + d.caseId(), FAMILY, family));
        reads.put("GET /api/v1/documentation/cases", get("/api/v1/documentation/cases?queue=MINE", d.caseId(), family));
        reads.put(
                "GET /api/v1/documentation/cases/{id}",
                get("/api/v1/documentation/cases/" + d.caseId(), FAMILY, family));
        reads.put(
                "GET /api/v1/documentation/cases/{id}/history",
                get("/api/v1/documentation/cases/" + d.caseId() + "/history", "OPENED", family));
        // Born 1 June 2020: the Lebanese registration's deadline has passed, so the step is listed as overdue.
        reads.put("GET /api/v1/documentation/deadlines", get("/api/v1/documentation/deadlines", d.caseId(), family));
        reads.put(
                "GET /api/v1/documentation/proposals",
                get("/api/v1/documentation/proposals?household=" + household, household, family));
        reads.put("GET /evidence/files/{fileId}", get("/evidence/files/" + d.evidenceFile(), title, family));
        reads.put(
                "GET /evidence/files/{fileId}/download",
                get("/evidence/files/" + d.evidenceFile() + "/download", "PNG", family));
        reads.put("GET /evidence/households/{id}", get("/evidence/households/" + household, title, family));
        reads.put("GET /api/v1/evidence/cases/{caseId}", get("/api/v1/evidence/cases/" + d.caseId(), title, family));
        reads.put(
                "GET /api/v1/evidence/files/{fileId}",
                get("/api/v1/evidence/files/" + d.evidenceFile(), title, family));
        reads.put(
                "GET /api/v1/evidence/files/{fileId}/content",
                get("/api/v1/evidence/files/" + d.evidenceFile() + "/content", "PNG", family));
        reads.put(
                "GET /api/v1/evidence/households/{id}", get("/api/v1/evidence/households/" + household, title, family));
        reads.put(
                "GET /api/v1/evidence/households/{id}/locker",
                get("/api/v1/evidence/households/" + household + "/locker", "Title deed " + FAMILY, family));
        reads.put(
                "GET /households/{id}/intentions",
                get("/households/" + staying.id() + "/intentions", staying.reference(), Set.of(staying.id())));
        reads.put(
                "GET /api/v1/households/{id}/intentions",
                get("/api/v1/households/" + staying.id() + "/intentions", "WITHIN_3_MONTHS", Set.of(staying.id())));
    }

    private static String scheduledMovement;

    /** A movement home made once for the test, with the household on its manifest. */
    private String movementWith(Household household) {
        if (scheduledMovement == null) {
            org.homeward.movements.Movement movement = movements.create(
                    new org.homeward.movements.CreateMovementRequest(
                            null,
                            "ORGANISED_RETURN",
                            forecasts.today().toString(),
                            null,
                            "Audit departure point",
                            "LBN",
                            "MASNAA",
                            "HOME",
                            List.of(new org.homeward.movements.Vehicle("Bus 1", 40, 2))),
                    "audit.test");
            manifests.add(
                    movement.id(),
                    new org.homeward.movements.AddHouseholdRequest(household.reference(), null, List.of()),
                    "audit.test");
            scheduledMovement = movement.id().toString();
        }
        return scheduledMovement;
    }

    private static Read get(String path, String shows, Set<UUID> households) {
        return new Read(HttpMethod.GET, path, Map.of(), null, shows, households);
    }

    private MockHttpServletRequestBuilder request(Read read) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(read.method(), read.path())
                .with(user(ADMIN).roles("ADMIN"))
                .with(csrf())
                .accept(read.path().startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        read.form().forEach(request::param);
        if (read.json() != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(read.json());
        }
        return request;
    }

    /** Every route of the application as "METHOD pattern"; a mapping without a method counts as GET. */
    private Set<String> routes() {
        Set<String> routes = new LinkedHashSet<>();
        ApplicationRoutes.of(mappings).forEach(route -> routes.add(route.name()));
        return routes;
    }

    /** Routes of the shows-nobody list, and the documentation of the API (springdoc's own routes). */
    private static boolean showsNobody(String pattern) {
        return SHOW_NOBODY.contains(pattern)
                || pattern.startsWith("/api/v1/openapi")
                || pattern.startsWith("/api/v1/docs");
    }

    private String concrete(String pattern) {
        String id = pattern.startsWith("/allocation")
                ? fixture.run().toString()
                : fixture.staying().id().toString();
        return pattern.replace("{code}", fixture.centre())
                .replace("{id}", id)
                .replace("{pcode}", "SY11")
                .replaceAll("\\{\\*?[a-zA-Z]+}", "x");
    }

    private long latestEntry() {
        return audit.query(null, null, null, null, null, 1).stream()
                .mapToLong(AuditRecord::id)
                .findFirst()
                .orElse(0);
    }

    /** The households the administrator's audit entries after the given one name, as target or in their details. */
    private Set<String> householdsNamedSince(long before) {
        Set<String> named = new LinkedHashSet<>();
        for (AuditRecord entry : audit.query(ADMIN, null, null, null, null, 200)) {
            if (entry.id() > before) {
                if ("household".equals(entry.targetType()) && entry.targetId() != null) {
                    named.add(entry.targetId());
                }
                named.addAll(householdsOf(entry));
            }
        }
        return named;
    }

    private static List<String> householdsOf(AuditRecord entry) {
        return entry.details().get("households") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
    }

    private Fixture makeFixture() throws Exception {
        TestUsers.ensure(users, ADMIN, Role.ADMIN, "audit reader password", null);
        LocalDate today = forecasts.today();
        LocalDate allocationDay =
                LocalDate.of(2080, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        String centre = centres.create(
                        new CentreRequest(
                                "AUDIT-" + letters(6).toUpperCase(),
                                "Audit centre",
                                "مركز التدقيق",
                                null,
                                null,
                                DESTINATION,
                                36.2,
                                37.1,
                                60,
                                12,
                                2,
                                List.of("WATER"),
                                true,
                                null),
                        "audit.test")
                .code();
        Household staying = register("Mohammad", "1979-03-14", null);
        Household twin = register("Mohammad", "1979-03-14", null);
        Household booked = register("Samir", "1985", null);
        Household expected = register("Hasan", "1990", today);
        Household waiting = register("Yasin", "1970", allocationDay);
        consents.record(
                staying.id(),
                new ConsentRequest(
                        staying.version(), List.of("REGISTRATION"), List.of(), FAMILY + " himself", "VERBAL"),
                "audit.test");
        requests.open(staying.id(), staying.members().get(0).id(), "ACCESS", "asked at the desk", "audit.test");
        Stay stay =
                stayCommands.checkIn(centre, new CheckInRequest(staying.reference(), List.of(), null), "audit.test");
        bookingCommands.book(new BookPlaces(centre, booked.id(), null, null), "audit.test");
        duplicateRuns.run("audit.test");
        long pair = pairOf(staying, twin);
        Long pairPage = pageOf(pair);
        UUID run = planner.start(new ArrivalWindow(allocationDay, allocationDay), "audit.test");
        for (int i = 0; i < 1200 && planner.run(run).running(); i++) {
            Thread.sleep(100);
        }
        for (int i = 0;
                i < 1200
                        && !likelyDuplicates
                                .check(new RegisterHouseholdRequest(null, null, List.of()))
                                .ready();
                i++) {
            Thread.sleep(100);
        }
        recordIntention(staying);
        return new Fixture(
                centre,
                staying,
                twin,
                booked,
                expected,
                waiting,
                stay,
                pair,
                pairPage,
                run,
                movementOf(staying),
                documented());
    }

    /** A return intention of the household, recorded through the API as an officer would. */
    private void recordIntention(Household household) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/households/" + household.id() + "/intentions")
                        .with(user(ADMIN).roles("ADMIN"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"intention\":\"within_3_months\",\"conditions\":[\"safety\"]}"))
                .andReturn();
    }

    /**
     * A family home from Lebanon whose son has no birth certificate: the administrator opens his birth
     * case (so it is theirs), uploads a scan at its first step and a title deed to the locker, through the API.
     */
    private Documented documented() throws Exception {
        IndividualDetails father = new IndividualDetails(
                "PRINCIPAL",
                "كريم",
                "Karim",
                "سالم",
                "Salem",
                null,
                null,
                "الرقيب",
                FAMILY,
                "M",
                "1983-05-05",
                null,
                "NATIONAL_ID",
                "AUD" + letters(8),
                null,
                List.of());
        IndividualDetails son = new IndividualDetails(
                "SON",
                "آدم",
                "Adam",
                "كريم",
                "Karim",
                null,
                null,
                "الرقيب",
                FAMILY,
                "M",
                "2020-06-01",
                null,
                null,
                null,
                null,
                List.of());
        Household household = households.register(
                new RegisterHouseholdRequest(
                        "Masnaa crossing",
                        new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", DESTINATION, null),
                        List.of(father, son)),
                "audit.test");
        String opened = mvc.perform(MockMvcRequestBuilders.post("/api/v1/documentation/cases")
                        .with(user(ADMIN).roles("ADMIN"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"householdId\":\"%s\",\"individualId\":\"%s\",\"caseType\":\"BIRTH_ABROAD\",\"jurisdiction\":\"LBN\",\"eventDate\":\"2020-06-01\"}"
                                        .formatted(
                                                household.id(),
                                                household.members().get(1).id())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var caseJson = org.homeward.ApiClient.json().readTree(opened);
        String caseId = caseJson.path("id").asString();
        String stepId = caseJson.path("steps").get(0).path("id").asString();
        String added = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/evidence/households/" + household.id())
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "scan.png", "image/png", scan()))
                        .param("title", "Birth notification " + FAMILY)
                        .param("caseId", caseId)
                        .param("stepId", stepId)
                        .header("X-Requested-With", "audit-test")
                        .with(user(ADMIN).roles("ADMIN"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/evidence/households/" + household.id() + "/locker")
                        .file(new org.springframework.mock.web.MockMultipartFile(
                                "file", "deed.png", "image/png", scan()))
                        .param("document", "Title deed " + FAMILY)
                        .header("X-Requested-With", "audit-test")
                        .with(user(ADMIN).roles("ADMIN"))
                        .with(csrf()))
                .andReturn();
        return new Documented(
                household,
                caseId,
                org.homeward.ApiClient.json().readTree(added).path("id").asString());
    }

    /** A small scanned page: a PNG drawn here. */
    private static byte[] scan() throws java.io.IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(60, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xFF3366);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * A movement leaving today with the household on its manifest, an alert for its principal and a
     * follow-up visit due today, written into the movements' tables as their own tests do.
     */
    private UUID movementOf(Household household) {
        UUID movement = UUID.randomUUID();
        UUID principal = household.members().get(0).id();
        jdbc.sql("""
                        INSERT INTO movement (id, kind, departs_on, departure_point, crossing_code, destination_kind,
                            created_by, created_at)
                        VALUES (:id, 'ORGANISED_RETURN', current_date, 'Beirut', 'MASNAA', 'HOME', 'audit.test', now())""").param("id", movement).update();
        jdbc.sql("""
                        INSERT INTO manifest_household (movement_id, household_id, destination_pcode, added_at, added_by)
                        VALUES (:movement, :household, :destination, now(), 'audit.test')""")
                .param("movement", movement)
                .param("household", household.id())
                .param("destination", DESTINATION)
                .update();
        jdbc.sql(
                        "INSERT INTO manifest_person (movement_id, household_id, individual_id) VALUES (:movement, :household, :person)")
                .param("movement", movement)
                .param("household", household.id())
                .param("person", principal)
                .update();
        jdbc.sql("""
                        INSERT INTO missing_person_alert (id, movement_id, household_id, individual_id, departure_point,
                            crossing_code, last_seen_at, raised_at, raised_by)
                        VALUES (:id, :movement, :household, :person, 'Beirut', 'MASNAA', now(), now(), 'audit.test')""")
                .param("id", UUID.randomUUID())
                .param("movement", movement)
                .param("household", household.id())
                .param("person", principal)
                .update();
        jdbc.sql("""
                        INSERT INTO follow_up_visit (id, household_id, movement_id, months_after, arrived_on, due_on, persons)
                        VALUES (:id, :household, :movement, 3, current_date - 90, current_date, 1)""")
                .param("id", UUID.randomUUID())
                .param("household", household.id())
                .param("movement", movement)
                .update();
        return movement;
    }

    private Household register(String given, String birthDate, LocalDate plannedDate) {
        IndividualDetails principal = new IndividualDetails(
                "PRINCIPAL",
                "محمد",
                given,
                "أحمد",
                "Ahmad",
                null,
                null,
                "الرقيب",
                FAMILY,
                "M",
                birthDate,
                null,
                null,
                null,
                null,
                List.of());
        JourneyDetails journey = new JourneyDetails(
                "REFUGEE", "LBN", null, "MASNAA", DESTINATION, plannedDate == null ? null : plannedDate.toString());
        return households.register(
                new RegisterHouseholdRequest("Masnaa crossing", journey, List.of(principal)), "audit.test");
    }

    private long pairOf(Household first, Household second) {
        for (Long after = null; ; ) {
            DuplicateQueue queue = review.queue(QueueFilter.ALL, after, 100);
            for (DuplicateQueue.Entry entry : queue.entries()) {
                if (Set.of(entry.firstHousehold(), entry.secondHousehold()).equals(Set.of(first.id(), second.id()))) {
                    return entry.id();
                }
            }
            assertThat(queue.hasNext())
                    .as("the batch run proposes the two registrations as a pair")
                    .isTrue();
            after = queue.last();
        }
    }

    /** Where the page of the review queue (at the page's own size) that lists the pair starts: null for the first. */
    private Long pageOf(long pair) {
        for (Long after = null; ; ) {
            DuplicateQueue queue = review.queue(QueueFilter.ALL, after, 20);
            if (queue.entries().stream().anyMatch(entry -> entry.id() == pair)) {
                return after;
            }
            assertThat(queue.hasNext()).isTrue();
            after = queue.last();
        }
    }

    private static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }
}
