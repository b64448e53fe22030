package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.homeward.HomewardTest;
import org.homeward.registry.Household;
import org.homeward.registry.HouseholdCommands;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migration that turns the English sentences older versions wrote for bookings Homeward released itself
 * into codes: its statements are run again over stays ended as an older version ended them.
 */
@HomewardTest
class ReleaseCausesMigrationIT {

    private static final String MIGRATION = "/db/migration/V58__reception_release_causes.sql";

    @Autowired
    StayQueries stays;

    @Autowired
    BookingCommands bookingCommands;

    @Autowired
    CentreService centres;

    @Autowired
    HouseholdCommands households;

    @Autowired
    JdbcClient jdbc;

    @Test
    void englishReleaseSentencesBecomeCodesAndAPersonsWordsStay() throws IOException {
        String centre = centres.create(
                        ReceptionTestCentres.request(ReceptionTestData.unique("OLDNOTE"), "SY020000", 40, 8, 0), "test")
                .code();
        Stay elsewhere = oldRelease(centre, "Checked in at reception centre AL-7 instead");
        Stay withdrawn = oldRelease(centre, "Journey moved to WITHDRAWN: They stay in Türkiye: work");
        Stay home = oldRelease(centre, "Journey moved to RETURNED_HOME");
        Stay offMovement = oldRelease(centre, "Taken off movement 0b7f6c1e-2d4a-4f5e-9a61-3c2b1d0e9f88");
        Stay byPerson = oldRelease(centre, "The family did not come");

        for (String update : updates()) {
            jdbc.sql(update).update();
        }

        assertThat(stays.find(elsewhere.id()))
                .extracting(Stay::endCause, Stay::endNote)
                .containsExactly(new BookingReleaseCause(BookingReleaseCause.Code.CHECKED_IN_ELSEWHERE, "AL-7"), null);
        assertThat(stays.find(withdrawn.id()))
                .extracting(Stay::endCause, Stay::endNote)
                .containsExactly(
                        new BookingReleaseCause(BookingReleaseCause.Code.JOURNEY_ENDED, "WITHDRAWN"),
                        "They stay in Türkiye: work");
        assertThat(stays.find(home.id()))
                .extracting(Stay::endCause, Stay::endNote)
                .containsExactly(
                        new BookingReleaseCause(BookingReleaseCause.Code.JOURNEY_ENDED, "RETURNED_HOME"), null);
        assertThat(stays.find(offMovement.id()))
                .extracting(Stay::endCause, Stay::endNote)
                .containsExactly(
                        new BookingReleaseCause(
                                BookingReleaseCause.Code.TAKEN_OFF_MOVEMENT, "0b7f6c1e-2d4a-4f5e-9a61-3c2b1d0e9f88"),
                        null);
        assertThat(stays.find(byPerson.id()))
                .extracting(Stay::endCause, Stay::endNote)
                .as("a person's own words are left as they are")
                .containsExactly(null, "The family did not come");
    }

    /** A booking ended as an older version ended it: NOT_ARRIVED with its reason as a sentence. */
    private Stay oldRelease(String centre, String sentence) {
        Household household = ReceptionTestData.household(households, "SY020000", null, 2, Set.of());
        Stay booking = bookingCommands.book(new BookPlaces(centre, household.id(), null, null), "planner");
        jdbc.sql("""
                        UPDATE reception_stay SET ended_at = now(), ended_by = 'old.version', end_outcome = 'NOT_ARRIVED',
                            end_note = :sentence
                        WHERE id = :id""").param("sentence", sentence).param("id", booking.id()).update();
        return booking;
    }

    /** The migration's UPDATE statements, as written in the file. */
    private static List<String> updates() throws IOException {
        try (InputStream in = ReleaseCausesMigrationIT.class.getResourceAsStream(MIGRATION)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> updates = Arrays.stream(sql.split(";"))
                    .map(String::strip)
                    .filter(statement -> statement.startsWith("UPDATE"))
                    .toList();
            assertThat(updates).hasSize(3);
            return updates;
        }
    }
}
