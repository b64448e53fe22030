package org.homeward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.PageSession;
import org.homeward.allocation.AllocationPlanner;
import org.homeward.allocation.ArrivalWindow;
import org.homeward.demo.DemoPopulationGenerator;
import org.homeward.demo.DemoSettings;
import org.homeward.demo.GenerationProgress;
import org.homeward.documentation.EvidenceService;
import org.homeward.documentation.NewEvidence;
import org.homeward.linkage.DuplicateQueue;
import org.homeward.linkage.DuplicateReviewService;
import org.homeward.linkage.DuplicateRunService;
import org.homeward.linkage.QueueFilter;
import org.homeward.movements.AddHouseholdRequest;
import org.homeward.movements.CreateMovementRequest;
import org.homeward.movements.CreatePlanRequest;
import org.homeward.movements.ManifestService;
import org.homeward.movements.MovementService;
import org.homeward.movements.PlanTarget;
import org.homeward.movements.ReturnPlanService;
import org.homeward.movements.Vehicle;
import org.homeward.reception.CentreRequest;
import org.homeward.reception.CentreService;
import org.homeward.reception.CheckInRequest;
import org.homeward.reception.ReceptionForecastService;
import org.homeward.reception.StayCommands;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.HouseholdFixtures;
import org.homeward.registry.HouseholdImportService;
import org.homeward.registry.HouseholdQueries;
import org.homeward.registry.ImportOptions;
import org.homeward.registry.ImportProgress;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.homeward.statistics.PublishedFigureService;
import org.springframework.context.ApplicationContext;

/**
 * A small, realistic data set for walking every page, made through the features' own services and
 * API as their users would make it: a generated population imported as the command line does, a
 * family registered twice (so the duplicate run proposes a pair), a centre where it stays, a return
 * plan with a movement carrying another household, an allocation run whose proposals were accepted in
 * bulk, a documentation case, a scanned document and a return intention. Published figures come with the
 * application (the shipped UNHCR figures).
 *
 * @param household a household with a journey, a stay, a case, a scanned document and an intention
 * @param centre    the code of the centre it stays at
 * @param pair      the duplicate pair of its two registrations
 * @param plan      the return plan
 * @param movement  the plan's movement, with a household on its manifest
 * @param traveller the reference of the household on the movement's manifest, as the boarding box is given it
 * @param arriving  the reference of a household still to arrive, as the centre board's box is given it
 * @param run       the allocation run, its proposals accepted in bulk
 * @param caseId    the household's documentation case
 * @param evidence  the household's scanned document
 * @param figure    a published figure
 * @param user      the administrator who made it, whose account page is the one shown
 */
record EveryPageData(
        Household household,
        String centre,
        long pair,
        UUID plan,
        UUID movement,
        String traveller,
        String arriving,
        UUID run,
        String caseId,
        UUID evidence,
        long figure,
        String user) {

    static final String ACTOR = "pages.test";
    private static final String DESTINATION = "SY010000";
    /** A day no other test plans arrivals for, so that the run accepted in bulk books only this data set's family. */
    private static final LocalDate ALLOCATION_DAY = LocalDate.of(2044, 2, 13);

    /** Makes the data set through the application's services, API and pages (as the given administrator). */
    static EveryPageData make(ApplicationContext context, Path directory, int port, String admin, String password)
            throws Exception {
        ApiClient api = new ApiClient(port, admin, password);
        importPopulation(context, directory);
        HouseholdCommands households = context.getBean(HouseholdCommands.class);
        HouseholdQueries householdQueries = context.getBean(HouseholdQueries.class);
        LocalDate today = context.getBean(ReceptionForecastService.class).today();
        Household household = households.register(registration("1981-06-02", null), ACTOR);
        Household twin = households.register(registration("1981-06-02", null), ACTOR);
        Household waiting = households.register(registration("1992-03-01", today.plusDays(20)), ACTOR);
        Household travelling = households.register(registration("1976-09-14", null), ACTOR);
        Household allocated = households.register(registration("1969-12-30", ALLOCATION_DAY), ACTOR);
        String centre = context.getBean(CentreService.class)
                .create(
                        new CentreRequest(
                                "PAGES-"
                                        + UUID.randomUUID()
                                                .toString()
                                                .substring(0, 6)
                                                .toUpperCase(),
                                "Damascus countryside reception centre",
                                "مركز استقبال ريف دمشق",
                                null,
                                null,
                                DESTINATION,
                                33.5,
                                36.3,
                                120,
                                30,
                                4,
                                List.of("WATER"),
                                true,
                                null),
                        ACTOR)
                .code();
        context.getBean(StayCommands.class)
                .checkIn(centre, new CheckInRequest(household.reference(), List.of(), null), ACTOR);
        context.getBean(DuplicateRunService.class).run(ACTOR);
        long pair = pairOf(context.getBean(DuplicateReviewService.class), household, twin);
        UUID[] planAndMovement = movementCarrying(context, travelling, today);
        UUID run = allocationRun(context.getBean(AllocationPlanner.class), allocated, ALLOCATION_DAY);
        acceptInBulk(PageSession.signIn(port, admin, password), run);
        String caseId = documentationCase(api, household);
        UUID evidence = evidenceFile(context, household);
        assertThat(api.post(
                                "/api/v1/households/" + household.id() + "/intentions",
                                java.util.Map.of("intention", "within_3_months", "conditions", List.of("safety")))
                        .status())
                .isLessThan(300);
        long figure = context.getBean(PublishedFigureService.class).all().get(0).id();
        return new EveryPageData(
                householdQueries.find(household.id()),
                centre,
                pair,
                planAndMovement[0],
                planAndMovement[1],
                travelling.reference(),
                waiting.reference(),
                run,
                caseId,
                evidence,
                figure,
                admin);
    }

    /** A return plan with a planned movement (three days from today) carrying the household: the plan's and movement's ids. */
    static UUID[] movementCarrying(ApplicationContext context, Household traveller, LocalDate today) {
        UUID plan = context.getBean(ReturnPlanService.class)
                .create(
                        new CreatePlanRequest(
                                // Plan names are unique, and the every-page walk and the Arabic scan share one
                                // database.
                                "Return from Lebanon, spring " + System.nanoTime() % 1_000_000,
                                today.toString(),
                                today.plusDays(90).toString(),
                                List.of(new PlanTarget("LBN", today.toString().substring(0, 7), "MASNAA", 300))),
                        ACTOR)
                .id();
        UUID movement = context.getBean(MovementService.class)
                .create(
                        new CreateMovementRequest(
                                plan.toString(),
                                "ORGANISED_RETURN",
                                today.plusDays(3).toString(),
                                null,
                                "Beirut, Cola bus station",
                                "LBN",
                                "MASNAA",
                                "HOME",
                                List.of(new Vehicle("Bus 1", 45, 2))),
                        ACTOR)
                .id();
        context.getBean(ManifestService.class)
                .add(movement, new AddHouseholdRequest(traveller.reference(), null, List.of()), ACTOR);
        return new UUID[] {plan, movement};
    }

    /** A scanned birth notification (a small PNG) kept, encrypted, as the household's evidence: its id. */
    static UUID evidenceFile(ApplicationContext context, Household household) throws java.io.IOException {
        java.awt.image.BufferedImage scan =
                new java.awt.image.BufferedImage(90, 60, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(scan, "png", png);
        return context.getBean(EvidenceService.class)
                .add(household.id(), new NewEvidence("Hospital birth notification", null, null, png.toByteArray()))
                .id();
    }

    /**
     * Accepts every open proposal of the run as a coordinator does, through the confirmation page with the
     * count it shows, and waits until the run's page reports the acceptance done.
     */
    private static void acceptInBulk(PageSession admin, UUID run) throws Exception {
        String confirm = "/allocation/runs/" + run + "/accept-remaining";
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("name=\"confirmed\" value=\"(\\d+)\"")
                .matcher(admin.get(confirm).body());
        assertThat(count.find())
                .as("the confirmation page shows how many proposals remain")
                .isTrue();
        assertThat(admin.post(confirm, confirm, java.util.Map.of("confirmed", count.group(1)))
                        .statusCode())
                .isEqualTo(302);
        for (int i = 0; i < 600 && !admin.get("/allocation/runs/" + run).body().contains("id=\"bulk-notice\""); i++) {
            Thread.sleep(100);
        }
        assertThat(admin.get("/allocation/runs/" + run).body())
                .as("the run's page after accepting in bulk")
                .contains("id=\"bulk-notice\"");
    }

    /** The pattern with its variables filled with this data set's ids, by what the route is about. */
    String concrete(String pattern) {
        String id = pattern.startsWith("/duplicates/")
                ? Long.toString(pair)
                : pattern.startsWith("/plans/")
                        ? plan.toString()
                        : pattern.startsWith("/movements/")
                                ? movement.toString()
                                : pattern.startsWith("/allocation/")
                                        ? run.toString()
                                        : pattern.startsWith("/documentation/cases/")
                                                ? caseId
                                                : pattern.startsWith("/statistics/figures/")
                                                        ? Long.toString(figure)
                                                        : household.id().toString();
        String path = pattern.replace("{id}", id)
                .replace("{code}", centre)
                .replace("{pcode}", DESTINATION)
                .replace("{reference}", household.reference())
                .replace("{caseId}", caseId)
                .replace("{memberId}", household.members().get(0).id().toString())
                .replace("{fileId}", evidence.toString())
                .replace("{username}", user)
                // The offline form's language is in its path; the walk puts the language of each pass there.
                .replace("{language}", "en")
                // Ids of things this data set does not make (a sharing agreement, an import's progress):
                // the route answers 404, so no role counts it as a page it opens.
                .replaceAll("\\{\\*?[a-zA-Z]+}", "none");
        // What a person types into the box that asks for these: the boarding page's and the centre board's.
        return pattern.endsWith("/boarding/slip")
                ? path + "?scanned=" + traveller
                : pattern.endsWith("/arrival") && pattern.startsWith("/centres/")
                        ? path + "?reference=" + arriving
                        : path;
    }

    private static void importPopulation(ApplicationContext context, Path directory) throws Exception {
        new DemoPopulationGenerator(DemoSettings.of(13, LocalDate.of(2026, 3, 15), 300))
                .generateInto(directory, GenerationProgress.NONE);
        Path file = directory.resolve(DemoPopulationGenerator.HOUSEHOLDS_FILE);
        // Every generated population numbers its households DEMO-00000001 onwards; other tests import
        // other people under those keys into the same database, so this one takes keys of its own.
        java.nio.file.Files.writeString(
                file, java.nio.file.Files.readString(file).replace("DEMO-", "PAGES-"));
        var report = context.getBean(HouseholdImportService.class)
                .importFile(
                        file,
                        new ImportOptions(false, null, ACTOR, ImportOptions.DEFAULT_BATCH_SIZE),
                        ImportProgress.SILENT);
        assertThat(report.hasProblems()).isFalse();
    }

    static UUID allocationRun(AllocationPlanner planner, Household waiting, LocalDate day) throws InterruptedException {
        UUID run = planner.start(new ArrivalWindow(day, day), ACTOR);
        for (int i = 0; i < 600 && planner.run(run).running(); i++) {
            Thread.sleep(100);
        }
        assertThat(planner.run(run).running())
                .as("the allocation run for %s finished", waiting.reference())
                .isFalse();
        return run;
    }

    private static String documentationCase(ApiClient admin, Household household) {
        var opened = admin.post(
                "/api/v1/documentation/cases",
                java.util.Map.of(
                        "householdId",
                        household.id().toString(),
                        "individualId",
                        household.members().get(1).id().toString(),
                        "caseType",
                        "BIRTH_ABROAD",
                        "jurisdiction",
                        "LBN",
                        "eventDate",
                        "2020-06-01"));
        assertThat(opened.status()).as(opened.body()).isLessThan(300);
        return opened.json().path("id").asString();
    }

    private static long pairOf(DuplicateReviewService review, Household first, Household second) {
        for (Long after = null; ; ) {
            DuplicateQueue queue = review.queue(QueueFilter.ALL, after, 100);
            for (DuplicateQueue.Entry entry : queue.entries()) {
                if (Set.of(entry.firstHousehold(), entry.secondHousehold()).equals(Set.of(first.id(), second.id()))) {
                    return entry.id();
                }
            }
            assertThat(queue.hasNext())
                    .as("the duplicate run proposes the two registrations as a pair")
                    .isTrue();
            after = queue.last();
        }
    }

    /** A family home from Lebanon to rural Damascus: father, mother and a son born abroad. */
    static RegisterHouseholdRequest registration(String fatherBorn, LocalDate plannedArrival) {
        List<IndividualDetails> members = List.of(
                HouseholdFixtures.yaseen(fatherBorn, "+963 944 581 207", "PG" + fatherBorn.replace("-", "")),
                new IndividualDetails(
                        "SON",
                        "آدم",
                        "Adam",
                        "ياسين",
                        "Yaseen",
                        null,
                        null,
                        "الفاحص",
                        "Alfahes",
                        "M",
                        "2020-06-01",
                        null,
                        null,
                        null,
                        null,
                        List.of()),
                HouseholdFixtures.rana(null, null, null));
        return HouseholdFixtures.fromLebanon(plannedArrival == null ? null : plannedArrival.toString(), members);
    }
}
