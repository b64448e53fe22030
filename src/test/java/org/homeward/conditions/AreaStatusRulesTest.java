package org.homeward.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AreaStatusRulesTest {

    private static final String AREA = "SY020100";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final ConditionsProperties properties = ConditionsProperties.defaults();
    private final AreaStatusRules rules =
            new AreaStatusRules(new IndicatorCatalogue(properties), properties.staleAfter());

    @Test
    void oneRedLinePresentMakesTheAreaRedHoweverHighTheIndex() {
        List<Assessment> history = allRedLinesAbsent("REACH", TODAY.minusDays(3));
        history.add(value("ACTIVE_HOSTILITIES", 1, "HNAP", TODAY.minusDays(2)));
        for (String indicator : properties.livelihoodsAndServices().keySet()) {
            history.add(value(indicator, 100, "REACH", TODAY.minusDays(3)));
        }
        for (String indicator : properties.safetyAndSocialCohesion().keySet()) {
            history.add(value(indicator, 100, "REACH", TODAY.minusDays(3)));
        }

        AreaConditions conditions = rules.judge(AREA, history, TODAY);

        assertThat(conditions.index())
                .hasValueSatisfying(index -> assertThat(index.score()).isEqualTo(100));
        assertThat(conditions.status()).isEqualTo(AreaStatus.RED);
        assertThat(conditions.presentRedLineIndicators()).containsExactly("ACTIVE_HOSTILITIES");
    }

    @Test
    void everyRedLineConfirmedAbsentByCurrentDataIsGreen() {
        AreaConditions conditions = rules.judge(AREA, allRedLinesAbsent("REACH", TODAY.minusDays(10)), TODAY);

        assertThat(conditions.status()).isEqualTo(AreaStatus.GREEN);
        assertThat(conditions.redLinesUnconfirmed()).isEmpty();
    }

    @Test
    void aRedLineNobodyConfirmedLeavesTheAreaAmber() {
        List<Assessment> history = allRedLinesAbsent("REACH", TODAY.minusDays(10));
        history.removeIf(value -> value.indicator().equals("NO_HUMANITARIAN_ACCESS"));

        AreaConditions conditions = rules.judge(AREA, history, TODAY);

        assertThat(conditions.status()).isEqualTo(AreaStatus.AMBER);
        assertThat(conditions.redLinesUnconfirmed()).containsExactly("NO_HUMANITARIAN_ACCESS");
    }

    @Test
    void valuesOlderThanTheAgeLimitDoNotCountSoTheAreaIsUnknownAndCountsAsAmber() {
        List<Assessment> history = allRedLinesAbsent("REACH", TODAY.minusDays(91));
        history.add(value("ACTIVE_HOSTILITIES", 1, "HNAP", TODAY.minusDays(200)));

        AreaConditions conditions = rules.judge(AREA, history, TODAY);

        assertThat(conditions.status()).isEqualTo(AreaStatus.UNKNOWN);
        assertThat(conditions.status().countsAsAmber()).isTrue();
        assertThat(conditions.staleValues()).isEqualTo(5);
        assertThat(conditions.index()).isEmpty();
    }

    @Test
    void aValueExactlyAtTheAgeLimitStillCounts() {
        AreaConditions conditions = rules.judge(AREA, allRedLinesAbsent("REACH", TODAY.minusDays(90)), TODAY);

        assertThat(conditions.status()).isEqualTo(AreaStatus.GREEN);
    }

    @Test
    void aNewerValueOfTheSameSourceReplacesItsOlderOneSoAnEndedRedLineNoLongerCounts() {
        List<Assessment> history = allRedLinesAbsent("REACH", TODAY.minusDays(5));
        history.add(value("UNSURVEYED_EXPLOSIVE_ORDNANCE", 1, "REACH", TODAY.minusDays(40)));

        assertThat(rules.judge(AREA, history, TODAY).status()).isEqualTo(AreaStatus.GREEN);
        assertThat(rules.judge(AREA, history, TODAY.minusDays(20)).status()).isEqualTo(AreaStatus.RED);
    }

    @Test
    void sourcesThatDisagreeOnARedLineAreBothShownAndTheAreaIsRed() {
        List<Assessment> history = allRedLinesAbsent("REACH", TODAY.minusDays(5));
        history.add(value("ACTIVE_HOSTILITIES", 1, "HNAP", TODAY.minusDays(6)));

        AreaConditions conditions = rules.judge(AREA, history, TODAY);

        IndicatorReadings hostilities = readingsOf(conditions, "ACTIVE_HOSTILITIES");
        assertThat(hostilities.disagree()).isTrue();
        assertThat(hostilities.current())
                .extracting(Assessment::sourceOrganisation)
                .containsExactly("REACH", "HNAP");
        assertThat(conditions.status()).isEqualTo(AreaStatus.RED);
    }

    @Test
    void sourcesThatDisagreeOnAnIndexIndicatorAreBothShownAndNeverAveraged() {
        List<Assessment> history = allRedLinesAbsent("REACH", TODAY.minusDays(5));
        history.add(value("WATER_ACCESS", 80, "REACH", TODAY.minusDays(5)));
        history.add(value("WATER_ACCESS", 20, "IOM", TODAY.minusDays(5)));

        AreaConditions conditions = rules.judge(AREA, history, TODAY);

        IndicatorReadings water = readingsOf(conditions, "WATER_ACCESS");
        assertThat(water.disagree()).isTrue();
        assertThat(water.current())
                .extracting(value -> value.value().intValue())
                .containsExactlyInAnyOrder(80, 20);
        assertThat(conditions.index()).hasValueSatisfying(index -> {
            assertThat(index.score()).isEqualTo(20);
            assertThat(index.factors())
                    .singleElement()
                    .satisfies(factor -> assertThat(factor.value()).isEqualTo(20.0));
        });
    }

    @Test
    void theIndexIsTheWeightedMeanAndNamesTheIndicatorThatCostTheMostFirst() {
        List<Assessment> history = allRedLinesAbsent("REACH", TODAY.minusDays(5));
        history.add(value("HOUSING_HABITABLE", 40, "IOM", TODAY.minusDays(5)));
        history.add(value("SOCIAL_COHESION", 90, "IOM", TODAY.minusDays(5)));

        ConditionIndex index = rules.judge(AREA, history, TODAY).index().orElseThrow();

        int housing = properties.livelihoodsAndServices().get("HOUSING_HABITABLE");
        int cohesion = properties.safetyAndSocialCohesion().get("SOCIAL_COHESION");
        long expected = Math.round((40.0 * housing + 90.0 * cohesion) / (housing + cohesion));
        assertThat(index.score()).isEqualTo((int) expected);
        assertThat(index.factors())
                .extracting(ConditionIndex.Factor::indicator)
                .containsExactly("HOUSING_HABITABLE", "SOCIAL_COHESION");
        assertThat(index.missing()).contains("WATER_ACCESS").doesNotContain("HOUSING_HABITABLE");
    }

    @Test
    void valuesAssessedAfterTheDayAreNotYetKnown() {
        AreaConditions conditions = rules.judge(AREA, allRedLinesAbsent("REACH", TODAY.plusDays(1)), TODAY);

        assertThat(conditions.status()).isEqualTo(AreaStatus.UNKNOWN);
    }

    private static IndicatorReadings readingsOf(AreaConditions conditions, String indicator) {
        return conditions.readings().stream()
                .filter(reading -> reading.indicator().equals(indicator))
                .findFirst()
                .orElseThrow();
    }

    private List<Assessment> allRedLinesAbsent(String source, LocalDate on) {
        List<Assessment> values = new ArrayList<>();
        for (String redLine : properties.redLines()) {
            values.add(value(redLine, 0, source, on));
        }
        return values;
    }

    private static Assessment value(String indicator, int value, String source, LocalDate on) {
        return new Assessment(
                AREA,
                "",
                indicator,
                BigDecimal.valueOf(value),
                source,
                on,
                AssessmentMethod.KEY_INFORMANTS,
                Confidence.MEDIUM);
    }
}
