package org.homeward.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.homeward.PageWalk;
import org.homeward.TestUsers;
import org.homeward.access.Role;
import org.homeward.access.UserService;
import org.homeward.allocation.AllocationPlanner;
import org.homeward.linkage.DuplicateRunService;
import org.homeward.reception.CentreRequest;
import org.homeward.reception.CentreService;
import org.homeward.reception.CheckInRequest;
import org.homeward.reception.StayCommands;
import org.homeward.registry.AddMemberRequest;
import org.homeward.registry.CorrectHouseholdRequest;
import org.homeward.registry.CorrectMemberRequest;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdCorrections;
import org.homeward.registry.HouseholdFixtures;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyCommands;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.MoveJourney;
import org.homeward.registry.RegisterHouseholdRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What the Arabic scans read: the data they seed (households, one moved on its journey and one
 * registered twice so that a duplicate pair is under review, a centre with a stay, a scanned document,
 * a movement with a household on its manifest and an allocation run), every GET page address filled
 * with its ids, and the account each role signs in with.
 */
final class ArabicScanPages {

    /** The day of the scan's allocation run: a day nobody plans to arrive on, so the run proposes nothing. */
    private static final LocalDate RUN_DAY = LocalDate.of(2045, 5, 5);
    /** Routes that answer files, not pages. */
    private static final Pattern DOWNLOADS = Pattern.compile("\\.(csv|xlsx|pdf|geojson)$|/content$|/download$");

    private final WebApplicationContext context;
    private final Targets targets;

    private ArabicScanPages(WebApplicationContext context, Targets targets) {
        this.context = context;
        this.targets = targets;
    }

    /** Seeds the scan's data in the application of the context. */
    static ArabicScanPages seed(WebApplicationContext context) throws Exception {
        return new ArabicScanPages(context, load(context));
    }

    /** The ids filled into each route; the traveller's reference is what the boarding box is given. */
    record Targets(
            Household household,
            String centre,
            UUID stay,
            long pair,
            UUID evidence,
            UUID plan,
            UUID movement,
            String traveller,
            UUID run) {

        /** The id a route's {id} stands for, by what the route is about. */
        String id(String route) {
            return route.contains("stays/")
                    ? stay.toString()
                    : route.startsWith("/duplicates/")
                            ? Long.toString(pair)
                            : route.startsWith("/plans/")
                                    ? plan.toString()
                                    : route.startsWith("/movements/")
                                            ? movement.toString()
                                            : route.startsWith("/allocation/")
                                                    ? run.toString()
                                                    : household.id().toString();
        }
    }

    /** Every GET page address with its variables filled with real ids (the API and downloads are not pages). */
    List<String> pages() {
        Household household = targets.household();
        RequestMappingHandlerMapping mappings =
                context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<String> pages = new ArrayList<>();
        for (String route : PageWalk.pageRoutes(mappings, DOWNLOADS)) {
            String query = route.endsWith("/boarding/slip")
                    ? "?scanned=" + targets.traveller()
                    : route.startsWith("/centres/") && route.endsWith("/arrival")
                            ? "?reference=" + household.reference()
                            : "";
            pages.add(PageWalk.fill(
                            route,
                            Map.of(
                                    "id", targets.id(route),
                                    "memberId", household.members().get(0).id().toString(),
                                    "fileId", targets.evidence().toString(),
                                    "reference", household.reference(),
                                    "code", targets.centre(),
                                    "pcode", "SY01",
                                    "language", "ar"))
                    + query);
        }
        return pages;
    }

    String scanUser(Role role) {
        return TestUsers.ensureSeeing(
                context.getBean(UserService.class),
                "arabic-scan-" + role.cliName(),
                role,
                "arabic scan password 1234",
                "Scan NGO",
                TestUsers.area("SY01"));
    }

    /**
     * A household moved on its journey and checked in at a centre, registered twice so that a pair is under
     * review, with a scanned document; a movement with another household on its manifest; an allocation run.
     */
    private static Targets load(WebApplicationContext context) throws Exception {
        HouseholdCommands households = context.getBean(HouseholdCommands.class);
        JourneyCommands journeyCommands = context.getBean(JourneyCommands.class);
        CentreService centres = context.getBean(CentreService.class);
        StayCommands stayCommands = context.getBean(StayCommands.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Household household = corrected(
                context.getBean(HouseholdCorrections.class),
                households,
                households.register(request("+963 944 581 207"), "arabic-scan"));
        households.register(request("0944 581 207"), "arabic-scan");
        household = journeyCommands.move(
                MoveJourney.of(household.id(), household.version(), JourneyStatus.IN_TRANSIT, "عبرت الحدود"),
                "arabic-scan");
        String centre = "ARSCAN-" + System.nanoTime() % 100_000;
        centres.create(
                new CentreRequest(
                        centre,
                        "Scan centre",
                        "مركز الفحص",
                        null,
                        null,
                        "SY010000",
                        33.5,
                        36.3,
                        200,
                        50,
                        5,
                        List.of("WATER"),
                        true,
                        null),
                "arabic-scan");
        UUID stay = stayCommands
                .checkIn(centre, new CheckInRequest(household.reference(), List.of(), null), "arabic-scan")
                .id();
        context.getBean(DuplicateRunService.class).run("arabic-scan");
        UUID principal = household.members().get(0).id();
        long pair = jdbc.sql(
                        "SELECT id FROM duplicate_candidate WHERE first_id = :member OR second_id = :member ORDER BY weight DESC LIMIT 1")
                .param("member", principal)
                .query(Long.class)
                .single();
        UUID evidence = EveryPageData.evidenceFile(context, household);
        Household traveller = households.register(EveryPageData.registration("1976-09-14", null), "arabic-scan");
        UUID[] planAndMovement = EveryPageData.movementCarrying(
                context,
                traveller,
                context.getBean(org.homeward.reception.ReceptionForecastService.class)
                        .today());
        UUID run = EveryPageData.allocationRun(context.getBean(AllocationPlanner.class), traveller, RUN_DAY);
        return new Targets(
                context.getBean(HouseholdQueries.class).find(household.id()),
                centre,
                stay,
                pair,
                evidence,
                planAndMovement[0],
                planAndMovement[1],
                traveller.reference(),
                run);
    }

    /**
     * The household's history given every kind of correction, whose changes the page names by field and
     * whose coded values (country, place, relationship, sex, needs) it names in words: the journey's country
     * and destination corrected, a son added, and the principal's birth date, nationality and needs corrected.
     */
    private static Household corrected(
            HouseholdCorrections corrections, HouseholdCommands households, Household registered) {
        JourneyDetails journey = JourneyDetails.of(registered.journey());
        Household household = corrections.correctHousehold(
                registered.id(),
                new CorrectHouseholdRequest(
                        registered.version(),
                        registered.registrationSite(),
                        new JourneyDetails(
                                journey.returnType(),
                                "JOR",
                                journey.originLocation(),
                                journey.crossingPoint(),
                                "SY0100",
                                journey.plannedDate()),
                        "صُححت الوجهة"),
                "arabic-scan");
        household = households.addMember(
                household.id(),
                new AddMemberRequest(
                        household.version(),
                        HouseholdFixtures.person("SON", "عمر", "Omar", "الفاحص", "Alfahes", "M", "2014", null),
                        "وُلد في الأردن"),
                "arabic-scan");
        IndividualDetails principal = IndividualDetails.of(household.members().get(0));
        return corrections.correctMember(
                household.id(),
                household.members().get(0).id(),
                new CorrectMemberRequest(
                        household.version(),
                        new IndividualDetails(
                                principal.relationship(),
                                principal.nameChain(),
                                principal.sex(),
                                "1981-06-03",
                                principal.phone(),
                                principal.documentType(),
                                principal.documentNumber(),
                                principal.placeOfOrigin(),
                                List.of("DS"),
                                "SYR",
                                null,
                                "SY0100",
                                null),
                        "من بطاقة الهوية"),
                "arabic-scan");
    }

    private static RegisterHouseholdRequest request(String phone) {
        return HouseholdFixtures.fromLebanon(null, List.of(HouseholdFixtures.yaseen("1981-06-02", phone, "SC7731902")));
    }
}
