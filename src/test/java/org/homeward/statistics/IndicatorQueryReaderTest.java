package org.homeward.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Map;
import org.homeward.problems.ProblemException.FieldProblem;
import org.homeward.registry.ReturnType;
import org.homeward.web.ProblemStatuses;
import org.junit.jupiter.api.Test;

class IndicatorQueryReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    @Test
    void defaultsToAllReturnsSince2011CountedAsRegistrations() {
        IndicatorQuery query = IndicatorQueryReader.read(Map.of(), TODAY);
        assertThat(query.stage()).isEqualTo(ReturnStage.RETURNED);
        assertThat(query.returnType()).isNull();
        assertThat(query.from()).isEqualTo(LocalDate.of(2011, 1, 1));
        assertThat(query.to()).isEqualTo(TODAY);
        assertThat(query.unit()).isEqualTo(CountUnit.INDIVIDUALS);
        assertThat(query.counting()).isEqualTo(Counting.REGISTRATIONS);
    }

    @Test
    void readsEveryParameter() {
        IndicatorQuery query = IndicatorQueryReader.read(
                Map.of(
                        "stage",
                        "pending",
                        "type",
                        "Refugee",
                        "from",
                        "2015-09-30",
                        "to",
                        "2018-07-25",
                        "area",
                        "sy0200",
                        "rows",
                        "month",
                        "columns",
                        "sex",
                        "unit",
                        "individuals",
                        "counting",
                        "deduplicated persons"),
                TODAY);
        assertThat(query.returnType()).isEqualTo(ReturnType.REFUGEE);
        assertThat(query.area()).isEqualTo("SY0200");
        assertThat(query.rows()).isEqualTo(TableDimension.MONTH);
        assertThat(query.columns()).isEqualTo(TableDimension.SEX);
        assertThat(query.counting()).isEqualTo(Counting.PERSONS);
        assertThat(query.effectiveCounting().label()).isEqualTo("deduplicated persons");
    }

    @Test
    void reportsEveryBadParameterAtOnce() {
        IndicatorQueryException problems = catchThrowableOfType(
                IndicatorQueryException.class,
                () -> IndicatorQueryReader.read(
                        Map.of(
                                "from",
                                "2024-02-30",
                                "area",
                                "Aleppo",
                                "rows",
                                "country",
                                "columns",
                                "crossing",
                                "unit",
                                "households",
                                "counting",
                                "persons"),
                        TODAY));
        assertThat(ProblemStatuses.of(problems)).isEqualTo(400);
        assertThat(problems.fieldProblems())
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("from", "area", "columns", "counting");
    }

    @Test
    void householdsAreAlwaysCountedAsRegistrations() {
        IndicatorQuery query = IndicatorQuery.total(ReturnStage.RETURNED, null, TODAY, TODAY)
                .withUnit(CountUnit.HOUSEHOLDS, Counting.PERSONS);
        assertThat(query.effectiveCounting()).isEqualTo(Counting.REGISTRATIONS);
    }
}
