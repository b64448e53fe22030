package org.homeward.conditions;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One value a source reported for one indicator in one sub-district, or one of its communities, on a day.
 *
 * @param subdistrictPcode    the sub-district the value is about
 * @param communityPcode      the community within it; empty when the value is about the whole sub-district
 * @param indicator           the indicator's code, e.g. {@code ACTIVE_HOSTILITIES} or {@code WATER_ACCESS}
 * @param value               for a red line 1 (present) or 0 (absent); otherwise 0 (not met) to 100 (fully met)
 * @param sourceOrganisation  who reported it
 * @param assessedOn          the day the source assessed it
 */
record Assessment(
        String subdistrictPcode,
        String communityPcode,
        String indicator,
        BigDecimal value,
        String sourceOrganisation,
        LocalDate assessedOn,
        AssessmentMethod method,
        Confidence confidence) {

    Assessment {
        communityPcode = communityPcode == null ? "" : communityPcode;
    }

    /** For a red line: whether this value says it is present. */
    public boolean saysPresent() {
        return value.signum() > 0;
    }

    /** The same source, place and indicator: a later value of this series replaces an earlier one. */
    String seriesKey() {
        return subdistrictPcode + '|' + communityPcode + '|' + indicator + '|' + sourceOrganisation;
    }
}
