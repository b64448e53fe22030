package org.homeward.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.movements.AddHouseholdRequest;
import org.homeward.movements.CreateMovementRequest;
import org.homeward.movements.CreatePlanRequest;
import org.homeward.movements.ManifestService;
import org.homeward.movements.Movement;
import org.homeward.movements.MovementService;
import org.homeward.movements.PlanTarget;
import org.homeward.movements.RemoveHouseholdRequest;
import org.homeward.movements.ReturnPlan;
import org.homeward.movements.ReturnPlanService;
import org.homeward.movements.Vehicle;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdService;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.RegisterHouseholdRequest;
import org.homeward.web.ProblemException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Adds an organised-return plan to the demo: targets from Lebanon and Türkiye for a year, and
 * movements in several states — one departed (when its checks allow), one waiting for an amber
 * decision, one to reception without places booked (red), and a go-and-see visit — with a household
 * taken off one of them. Its households are registered for it, so that it never moves the demo
 * population's journeys.
 */
final class MovementDemo {

    static final String ACTOR = "demo";
    private static final String[][] FAMILIES = {
            {"محمد", "Mohammad", "الحلبي", "Al-Halabi"}, {"أحمد", "Ahmad", "الخطيب", "Al-Khatib"},
            {"خالد", "Khaled", "السيد", "Al-Sayed"}, {"يوسف", "Yousef", "العلي", "Al-Ali"},
            {"عمر", "Omar", "الحمصي", "Al-Homsi"}, {"حسن", "Hasan", "الشامي", "Al-Shami"},
            {"علي", "Ali", "الإدلبي", "Al-Idlibi"}, {"إبراهيم", "Ibrahim", "النجار", "Al-Najjar"},
            {"سامر", "Samer", "الحداد", "Al-Haddad"}, {"ماهر", "Maher", "العمر", "Al-Omar"}};

    private MovementDemo() {
    }

    static void load(ConfigurableApplicationContext context, LocalDate today, PrintStream out) {
        ReturnPlanService plans = context.getBean(ReturnPlanService.class);
        MovementService movements = context.getBean(MovementService.class);
        ManifestService manifests = context.getBean(ManifestService.class);
        List<Household> households = register(context.getBean(HouseholdService.class));
        ReturnPlan plan = plans.create(new CreatePlanRequest("Demo: organised returns from Lebanon and Türkiye",
                today.withDayOfMonth(1).toString(), today.withDayOfMonth(1).plusMonths(12).minusDays(1).toString(),
                targets(YearMonth.from(today))), ACTOR);

        Movement today1 = movement(movements, plan, "ORGANISED_RETURN", today, null, "HOME", "LBN", "MASNAA");
        add(manifests, today1, households.get(0), null);
        add(manifests, today1, households.get(1), null);
        add(manifests, today1, households.get(2), null);
        String departure;
        try {
            movements.depart(today1.id(), ACTOR);
            departure = "departed";
        } catch (ProblemException refused) {
            departure = "kept from departing by its checks (" + refused.code() + ")";
        }
        Movement amber = movement(movements, plan, "ORGANISED_RETURN", today.plusDays(1), null, "HOME", "LBN", "JOUSIEH");
        add(manifests, amber, households.get(3), households.get(3).members().get(2).id());
        add(manifests, amber, households.get(4), null);
        add(manifests, amber, households.get(5), null);
        manifests.remove(amber.id(), households.get(5).id(), new RemoveHouseholdRequest("MOVED",
                "Goes with the convoy of next week"), ACTOR);
        Movement red = movement(movements, plan, "ORGANISED_RETURN", today.plusDays(7), null, "RECEPTION", "TUR",
                "BAB_AL_HAWA");
        add(manifests, red, households.get(6), null);
        add(manifests, red, households.get(7), null);
        Movement visit = movement(movements, plan, "GO_AND_SEE", today.plusDays(14), today.plusDays(17), "HOME", "LBN",
                "MASNAA");
        add(manifests, visit, households.get(8), null);
        out.printf("Demo return plan with 4 movements: the first %s; one waits for an amber decision, one needs "
                + "reception places booked, one is a go-and-see visit.%n", departure);
    }

    private static List<PlanTarget> targets(YearMonth first) {
        List<PlanTarget> targets = new ArrayList<>();
        for (int month = 0; month < 12; month++) {
            targets.add(new PlanTarget("LBN", first.plusMonths(month).toString(), "", 3000 + 250 * month));
            targets.add(new PlanTarget("TUR", first.plusMonths(month).toString(), "", 2000 + 150 * month));
        }
        return targets;
    }

    private static Movement movement(MovementService movements, ReturnPlan plan, String kind, LocalDate departsOn,
                                     LocalDate returnsOn, String destination, String country, String crossing) {
        return movements.create(new CreateMovementRequest(plan.id().toString(), kind, departsOn.toString(),
                returnsOn == null ? null : returnsOn.toString(), country.equals("LBN") ? "Beirut, Cola bridge" : "Gaziantep bus station",
                country, crossing, destination, List.of(new Vehicle("Bus 1", 40, 2), new Vehicle("Bus 2", 40, 2))), ACTOR);
    }

    private static void add(ManifestService manifests, Movement movement, Household household, UUID staying) {
        List<AddHouseholdRequest.StayingMember> stays = staying == null ? List.of()
                : List.of(new AddHouseholdRequest.StayingMember(staying.toString(), "Finishes the school year first"));
        manifests.add(movement.id(), new AddHouseholdRequest(household.reference(), null, stays), ACTOR);
    }

    private static List<Household> register(HouseholdService households) {
        List<Household> registered = new ArrayList<>();
        for (int i = 0; i < FAMILIES.length; i++) {
            String[] family = FAMILIES[i];
            List<IndividualDetails> members = List.of(
                    member("PRINCIPAL", family[0], family[1], family, "M", String.valueOf(1970 + i), i == 4),
                    member("SPOUSE", "فاطمة", "Fatima", family, "F", String.valueOf(1974 + i), false),
                    member("SON", "يوسف", "Yousef", family, "M", String.valueOf(2008 + i), false));
            JourneyDetails journey = new JourneyDetails("REFUGEE", i >= 6 && i <= 7 ? "TUR" : "LBN", null, null,
                    "SY020000", null);
            registered.add(households.register(new RegisterHouseholdRequest("Demo field office", journey, members), ACTOR));
        }
        return registered;
    }

    private static IndividualDetails member(String relationship, String givenAr, String givenLatin, String[] family,
                                            String sex, String born, boolean disabled) {
        return new IndividualDetails(relationship, givenAr, givenLatin, "عبد الله", "Abdullah", null, null, family[2], family[3], sex,
                born, null, null, null, null, disabled ? List.of("DS") : List.of());
    }
}
