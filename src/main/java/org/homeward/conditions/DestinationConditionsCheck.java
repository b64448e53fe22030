package org.homeward.conditions;

import java.time.LocalDate;
import org.homeward.movements.CheckVerdict;
import org.homeward.movements.DepartureCandidate;
import org.homeward.movements.DepartureCheck;
import org.springframework.stereotype.Component;

/**
 * The departure check of destination conditions: red when a red line is reported present in the
 * destination's sub-district (no decision can lift it: the plan must change), amber when the area
 * is amber or unknown, green when every red line is confirmed absent by current data.
 */
@Component
class DestinationConditionsCheck implements DepartureCheck {

    static final String NAME = "destination-conditions";
    private final ConditionsService conditions;

    DestinationConditionsCheck(ConditionsService conditions) {
        this.conditions = conditions;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckVerdict judge(DepartureCandidate candidate) {
        AreaConditions area = conditions.of(candidate.destinationPcode(), candidate.judgedOn());
        String pcode = area.subdistrictPcode();
        return switch (area.status()) {
            case RED ->
                CheckVerdict.red(
                        NAME, "conditions.check.red", pcode, String.join(", ", area.presentRedLineIndicators()));
            case AMBER ->
                CheckVerdict.amber(
                        NAME, "conditions.check.amber", pcode, String.join(", ", area.redLinesUnconfirmed()));
            case UNKNOWN -> CheckVerdict.amber(NAME, "conditions.check.unknown", pcode);
            case GREEN ->
                CheckVerdict.green(
                        NAME,
                        "conditions.check.green",
                        pcode,
                        area.latestAssessment().map(LocalDate::toString).orElse(""));
        };
    }
}
