package org.homeward.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.allocation.AllocationPlanner;
import org.homeward.allocation.ArrivalWindow;
import org.homeward.demo.DemoPopulationGenerator;
import org.homeward.demo.DemoSettings;
import org.homeward.demo.GenerationProgress;
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
import org.homeward.reception.StayService;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdImportService;
import org.homeward.registry.HouseholdService;
import org.homeward.registry.ImportOptions;
import org.homeward.registry.ImportProgress;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.homeward.statistics.PublishedFigureService;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small, realistic data set for walking every page, made through the features' own services and
 * API as their users would make it: a generated population imported as the command line does, a
 * family registered twice (so the duplicate run proposes a pair), a centre where it stays, a return
 * plan with a movement carrying another household, an allocation run, a documentation case and a return
 * intention. Published figures come with the application (the shipped UNHCR figures).
 *
 * @param household a household with a journey, a stay, a case and an intention
 * @param centre    the code of the centre it stays at
 * @param pair      the duplicate pair of its two registrations
 * @param plan      the return plan
 * @param movement  the plan's movement, with a household on its manifest
 * @param run       the allocation run
 * @param caseId    the household's documentation case
 * @param figure    a published figure
 */
record EveryPageData(Household household, String centre, long pair, UUID plan, UUID movement, UUID run, String caseId,
                     long figure) {

    static final String ACTOR = "pages.test";
    private static final String DESTINATION = "SY010000";

    /** Makes the data set through the application's services and API (as the given administrator). */
    static EveryPageData make(ApplicationContext context, Path directory, ApiClient admin) throws Exception {
        importPopulation(context, directory);
        HouseholdService households = context.getBean(HouseholdService.class);
        LocalDate today = context.getBean(ReceptionForecastService.class).today();
        Household household = households.register(registration("1981-06-02", null), ACTOR);
        Household twin = households.register(registration("1981-06-02", null), ACTOR);
        Household waiting = households.register(registration("1992-03-01", today.plusDays(20)), ACTOR);
        Household travelling = households.register(registration("1976-09-14", null), ACTOR);
        String centre = context.getBean(CentreService.class).create(new CentreRequest("PAGES-" + UUID.randomUUID()
                .toString().substring(0, 6).toUpperCase(), "Damascus countryside reception centre",
                "مركز استقبال ريف دمشق", null, null, DESTINATION, 33.5, 36.3, 120, 30, 4, List.of("WATER"), true, null),
                ACTOR).code();
        context.getBean(StayService.class).checkIn(centre, new CheckInRequest(household.reference(), List.of(), null), ACTOR);
        context.getBean(DuplicateRunService.class).run(ACTOR);
        long pair = pairOf(context.getBean(DuplicateReviewService.class), household, twin);
        UUID plan = context.getBean(ReturnPlanService.class).create(new CreatePlanRequest("Return from Lebanon, spring",
                today.toString(), today.plusDays(90).toString(), List.of(new PlanTarget("LBN",
                        today.toString().substring(0, 7), "MASNAA", 300))), ACTOR).id();
        UUID movement = context.getBean(MovementService.class).create(new CreateMovementRequest(plan.toString(),
                "ORGANISED_RETURN", today.plusDays(3).toString(), null, "Beirut, Cola bus station", "LBN", "MASNAA", "HOME",
                List.of(new Vehicle("Bus 1", 45, 2))), ACTOR).id();
        context.getBean(ManifestService.class).add(movement, new AddHouseholdRequest(travelling.reference(), null,
                List.of()), ACTOR);
        UUID run = allocationRun(context.getBean(AllocationPlanner.class), waiting, today);
        String caseId = documentationCase(admin, household);
        assertThat(admin.post("/api/v1/households/" + household.id() + "/intentions", java.util.Map.of(
                "intention", "within_3_months", "conditions", List.of("safety"))).status()).isLessThan(300);
        long figure = context.getBean(PublishedFigureService.class).all().get(0).id();
        return new EveryPageData(households.find(household.id()), centre, pair, plan, movement, run, caseId, figure);
    }

    /** The pattern with its variables filled with this data set's ids, by what the route is about. */
    String concrete(String pattern) {
        String id = pattern.startsWith("/duplicates/") ? Long.toString(pair)
                : pattern.startsWith("/plans/") ? plan.toString()
                : pattern.startsWith("/movements/") ? movement.toString()
                : pattern.startsWith("/allocation/") ? run.toString()
                : pattern.startsWith("/documentation/cases/") ? caseId
                : pattern.startsWith("/statistics/figures/") ? Long.toString(figure)
                : household.id().toString();
        return pattern.replace("{id}", id).replace("{code}", centre).replace("{pcode}", DESTINATION)
                .replace("{reference}", household.reference()).replace("{caseId}", caseId)
                .replace("{memberId}", household.members().get(0).id().toString())
                // Ids of things this data set does not make (an uploaded file, a sharing agreement, an
                // import's progress): the route answers 404, so no role counts it as a page it opens.
                .replaceAll("\\{\\*?[a-zA-Z]+}", "none");
    }

    private static void importPopulation(ApplicationContext context, Path directory) throws Exception {
        new DemoPopulationGenerator(DemoSettings.of(13, LocalDate.of(2026, 3, 15), 300))
                .generateInto(directory, GenerationProgress.NONE);
        Path file = directory.resolve(DemoPopulationGenerator.HOUSEHOLDS_FILE);
        // Every generated population numbers its households DEMO-00000001 onwards; other tests import
        // other people under those keys into the same database, so this one takes keys of its own.
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file).replace("DEMO-", "PAGES-"));
        var report = context.getBean(HouseholdImportService.class).importFile(file,
                new ImportOptions(false, null, ACTOR, ImportOptions.DEFAULT_BATCH_SIZE), ImportProgress.SILENT);
        assertThat(report.hasProblems()).isFalse();
    }

    private static UUID allocationRun(AllocationPlanner planner, Household waiting, LocalDate today)
            throws InterruptedException {
        LocalDate day = today.plusDays(20);
        UUID run = planner.start(new ArrivalWindow(day, day), ACTOR);
        for (int i = 0; i < 600 && planner.run(run).running(); i++) {
            Thread.sleep(100);
        }
        assertThat(planner.run(run).running()).as("the allocation run for %s finished", waiting.reference()).isFalse();
        return run;
    }

    private static String documentationCase(ApiClient admin, Household household) {
        var opened = admin.post("/api/v1/documentation/cases", java.util.Map.of("householdId", household.id().toString(),
                "individualId", household.members().get(1).id().toString(), "caseType", "BIRTH_ABROAD",
                "jurisdiction", "LBN", "eventDate", "2020-06-01"));
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
            assertThat(queue.hasNext()).as("the duplicate run proposes the two registrations as a pair").isTrue();
            after = queue.last();
        }
    }

    /** A family home from Lebanon to rural Damascus: father, mother and a son born abroad. */
    private static RegisterHouseholdRequest registration(String fatherBorn, LocalDate plannedArrival) {
        List<IndividualDetails> members = List.of(
                new IndividualDetails("PRINCIPAL", "ياسين", "Yaseen", "عمر", "Omar", null, null, "الفاحص", "Alfahes", "M",
                        fatherBorn, "+963 944 581 207", "NATIONAL_ID", "PG" + fatherBorn.replace("-", ""), null, List.of()),
                new IndividualDetails("SON", "آدم", "Adam", "ياسين", "Yaseen", null, null, "الفاحص", "Alfahes", "M",
                        "2020-06-01", null, null, null, null, List.of()),
                new IndividualDetails("SPOUSE", "رنا", "Rana", "سامي", "Sami", null, null, "الحلبي", "Halabi", "F",
                        "1985-11-20", null, null, null, null, List.of()));
        return new RegisterHouseholdRequest("Masnaa crossing", new JourneyDetails("REFUGEE", "LBN", null, "MASNAA",
                DESTINATION, plannedArrival == null ? null : plannedArrival.toString()), members);
    }
}
