package org.homeward.movements;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The departure check of boarding: on the departure day a household may depart only when each of
 * its travellers has boarded or been recorded as not come. Before that day boarding has not opened,
 * so the check is green with that reason. A red verdict here is lifted by boarding, never by a
 * decision.
 */
@Component
class BoardingDepartureCheck implements DepartureCheck {

    static final String NAME = "boarding";
    private final JdbcClient jdbc;

    BoardingDepartureCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CheckVerdict judge(DepartureCandidate candidate) {
        if (candidate.judgedOn().isBefore(candidate.departsOn())) {
            return CheckVerdict.green(NAME, "boarding.check.notYetOpen");
        }
        long waiting = jdbc.sql("""
                        SELECT count(*) FROM manifest_person
                        WHERE movement_id = :movement AND household_id = :household AND travels AND boarding = 'PENDING'""")
                .param("movement", candidate.movementId())
                .param("household", candidate.householdId())
                .query(Long.class)
                .single();
        return waiting > 0
                ? CheckVerdict.red(NAME, "boarding.check.notBoarded", Long.toString(waiting))
                : CheckVerdict.green(NAME, "boarding.check.boarded");
    }
}
