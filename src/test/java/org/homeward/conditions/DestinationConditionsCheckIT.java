package org.homeward.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.homeward.movements.CheckLevel;
import org.homeward.movements.CheckVerdict;
import org.homeward.movements.DepartureCandidate;
import org.homeward.movements.DepartureCheck;
import org.homeward.movements.DestinationBriefing;
import org.homeward.movements.MovementKind;
import org.homeward.movements.Traveller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The destination-conditions departure check and the briefing, as the movements feature finds them among the beans. */
@HomewardTest
class DestinationConditionsCheckIT {

    private static final String RED_AREA = "SY080300";
    private static final String STALE_AREA = "SY080301";
    private static final String GREEN_AREA = "SY080302";
    private static final String PARTLY_KNOWN_AREA = "SY080202";

    @Autowired
    List<DepartureCheck> checks;

    @Autowired
    DestinationBriefing briefing;

    @Autowired
    AssessmentImportService imports;

    @Autowired
    ConditionsService conditions;

    private LocalDate today;

    @BeforeEach
    void recordAssessments() {
        today = conditions.today();
        StringBuilder file = new StringBuilder(
                "subdistrict_pcode,indicator,value,source_organisation,assessed_on," + "method,confidence\n");
        for (String redLine : ConditionsProperties.DEFAULT_RED_LINES) {
            file.append(row(RED_AREA, redLine, "no", "REACH", today.minusDays(20)));
            file.append(row(STALE_AREA, redLine, "no", "REACH", today.minusDays(120)));
            file.append(row(GREEN_AREA, redLine, "no", "REACH", today.minusDays(10)));
        }
        file.append(row(RED_AREA, "ACTIVE_HOSTILITIES", "yes", "HNAP", today.minusDays(3)));
        file.append(row(RED_AREA, "WATER_ACCESS", "95", "REACH", today.minusDays(20)));
        file.append(row(GREEN_AREA, "WATER_ACCESS", "45", "REACH", today.minusDays(10)));
        file.append(row(PARTLY_KNOWN_AREA, "ACTIVE_HOSTILITIES", "no", "REACH", today.minusDays(5)));
        imports.importFile(file.toString().getBytes(StandardCharsets.UTF_8), "coordinator-checks");
    }

    @Test
    void aRedAreaGivesARedVerdictNamingTheRedLine() {
        CheckVerdict verdict = check().judge(candidate(RED_AREA));

        assertThat(verdict.level()).isEqualTo(CheckLevel.RED);
        assertThat(verdict.check()).isEqualTo("destination-conditions");
        assertThat(verdict.reasonKey()).isEqualTo("conditions.check.red");
        assertThat(verdict.arguments()).containsExactly(RED_AREA, "ACTIVE_HOSTILITIES");
    }

    @Test
    void anAreaWhoseValuesAreAllTooOldIsUnknownAndGivesAnAmberVerdict() {
        CheckVerdict verdict = check().judge(candidate(STALE_AREA));

        assertThat(verdict.level()).isEqualTo(CheckLevel.AMBER);
        assertThat(verdict.reasonKey()).isEqualTo("conditions.check.unknown");
    }

    @Test
    void anAreaWithARedLineNobodyConfirmedGivesAnAmberVerdict() {
        CheckVerdict verdict = check().judge(candidate(PARTLY_KNOWN_AREA));

        assertThat(verdict.level()).isEqualTo(CheckLevel.AMBER);
        assertThat(verdict.reasonKey()).isEqualTo("conditions.check.amber");
        assertThat(verdict.arguments().get(1))
                .contains("NO_HUMANITARIAN_ACCESS")
                .doesNotContain("ACTIVE_HOSTILITIES");
    }

    @Test
    void aGreenAreaGivesAGreenVerdictWhateverItsLowIndex() {
        CheckVerdict verdict = check().judge(candidate(GREEN_AREA));

        assertThat(verdict.level()).isEqualTo(CheckLevel.GREEN);
        assertThat(conditions.of(GREEN_AREA, today).index())
                .hasValueSatisfying(index -> assertThat(index.score()).isEqualTo(45));
    }

    @Test
    void aDestinationAboveSubDistrictLevelCannotBeJudgedSoItIsAmber() {
        CheckVerdict verdict = check().judge(candidate("SY0803"));

        assertThat(verdict.level()).isEqualTo(CheckLevel.AMBER);
        assertThat(verdict.reasonKey()).isEqualTo("conditions.check.unknown");
    }

    @Test
    void theDepartureDayIsJudgedAsItStandsThenNotAsItStoodWhenPlanned() {
        DepartureCandidate planned = candidate(RED_AREA);
        DepartureCandidate beforeTheHostilities = new DepartureCandidate(
                planned.movementId(),
                planned.kind(),
                planned.departsOn(),
                today.minusDays(10),
                planned.householdId(),
                RED_AREA,
                planned.travellers());

        assertThat(check().judge(beforeTheHostilities).level()).isEqualTo(CheckLevel.GREEN);
        assertThat(check().judge(planned).level()).isEqualTo(CheckLevel.RED);
    }

    @Test
    void theBriefingTellsThePersonTheStatusAndTheRedLineInTheirLanguage() {
        DestinationBriefing.Briefing arabic = briefing.brief(RED_AREA, today, Locale.forLanguageTag("ar"));
        DestinationBriefing.Briefing english = briefing.brief(RED_AREA, today, Locale.ENGLISH);

        assertThat(arabic.status()).isEqualTo("RED");
        assertThat(arabic.text())
                .contains("حمراء")
                .contains("أعمال قتالية جارية")
                .contains(RED_AREA);
        assertThat(english.text())
                .contains("RED")
                .contains("Active hostilities")
                .contains("90 days");
        assertThat(briefing.brief(STALE_AREA, today, Locale.ENGLISH).status()).isEqualTo("UNKNOWN");
        assertThat(briefing.brief(STALE_AREA, today, Locale.ENGLISH).text())
                .contains("UNKNOWN")
                .contains("No assessment of the last 90 days");
    }

    private DepartureCheck check() {
        return checks.stream()
                .filter(check -> check.name().equals("destination-conditions"))
                .findFirst()
                .orElseThrow();
    }

    private DepartureCandidate candidate(String destination) {
        Traveller principal = new Traveller(UUID.randomUUID(), "PRINCIPAL", Optional.of(40), true, false, true);
        return new DepartureCandidate(
                UUID.randomUUID(),
                MovementKind.ORGANISED_RETURN,
                today.plusDays(7),
                today,
                UUID.randomUUID(),
                destination,
                List.of(principal));
    }

    private static String row(String area, String indicator, String value, String source, LocalDate on) {
        return String.join(",", area, indicator, value, source, on.toString(), "KEY_INFORMANTS", "MEDIUM") + "\n";
    }
}
