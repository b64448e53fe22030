package org.homeward.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.HomewardTest;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.homeward.registry.IndividualDetails;
import org.homeward.registry.JourneyCommands;
import org.homeward.registry.JourneyDetails;
import org.homeward.registry.JourneyStatus;
import org.homeward.registry.MoveJourney;
import org.homeward.registry.RegisterHouseholdRequest;
import org.homeward.statistics.ConditionReturns;
import org.homeward.statistics.ConditionReturnsService;
import org.homeward.statistics.IndicatorTable;
import org.homeward.statistics.TableDimension;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Returns into a red area are counted in the red column of statistics' protected table, by period. */
@HomewardTest
class ReturnsIntoRedAreasIT {

    /** As-Saan: made red here. */
    private static final String RED_AREA = "SY050302";

    @Autowired
    AssessmentImportService imports;

    @Autowired
    ConditionsService conditions;

    @Autowired
    HouseholdCommands households;

    @Autowired
    JourneyCommands journeyCommands;

    @Autowired
    ConditionReturnsService figures;

    @Test
    void twelvePeopleReturningIntoARedAreaRaiseTheRedCountOfTheMonthByTwelve() {
        LocalDate today = conditions.today();
        imports.importFile(
                ("subdistrict_pcode,indicator,value,source_organisation,assessed_on,method,confidence\n" + RED_AREA
                                + ",RETURNS_BLOCKED_BY_AUTHORITY,yes,OCHA," + today.minusDays(1) + ",REMOTE,HIGH\n")
                        .getBytes(StandardCharsets.UTF_8),
                "test");
        LocalDate from = today.withDayOfMonth(1);
        long before =
                redThisMonth(figures.table(from, today, TableDimension.MONTH).orElseThrow());

        for (int i = 0; i < 3; i++) {
            Household household = register(RED_AREA, 4);
            journeyCommands.move(MoveJourney.of(household.id(), 0, JourneyStatus.IN_TRANSIT, "Crossed"), "test");
            journeyCommands.move(MoveJourney.of(household.id(), 1, JourneyStatus.RETURNED_HOME, "Arrived"), "test");
        }

        ConditionReturns after =
                figures.table(from, today, TableDimension.MONTH).orElseThrow();
        assertThat(after.groups()).containsExactly("RED", "AMBER", "UNKNOWN", "GREEN");
        assertThat(after.rows()).hasSize(1);
        assertThat(redThisMonth(after)).isEqualTo(before + 12);
    }

    private static long redThisMonth(ConditionReturns table) {
        IndicatorTable.Cell red = table.cells().get(table.rows().size() - 1).get(0);
        assertThat(red.suppressed()).as("the red count is published").isFalse();
        return red.value();
    }

    private Household register(String destination, int persons) {
        List<IndividualDetails> members = new ArrayList<>();
        String[] relationships = {"PRINCIPAL", "SPOUSE", "SON", "DAUGHTER"};
        for (int i = 0; i < persons; i++) {
            members.add(new IndividualDetails(
                    relationships[i],
                    "سامر",
                    "Samer",
                    "خالد",
                    "Khaled",
                    null,
                    null,
                    "العلي",
                    "Al-Ali",
                    i % 2 == 0 ? "M" : "F",
                    String.valueOf(1970 + 8 * i),
                    null,
                    null,
                    null,
                    null,
                    List.of()));
        }
        JourneyDetails journey = new JourneyDetails("REFUGEE", "LBN", null, "MASNAA", destination, null);
        return households.register(
                new RegisterHouseholdRequest("Masnaa crossing", journey, members), "conditions.test");
    }
}
