package org.homeward.statistics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reader of the change feeds the registry and linkage keep for the summary of returns. Their
 * triggers append the stage and day of what changed; this moves those days into statistics' own
 * {@code statistics_stale_day}, through the functions each owner provides to take its rows, and follows
 * the households the registry names to the other records of the people linked to their members,
 * whose counts as persons may move too. It runs in the caller's transaction: a refresh that fails
 * takes nothing from the feeds.
 */
@Component
class ChangeFeeds {

    /** Marks of the feeds, and the days of the households they name and of the records linked to them. */
    private static final String TAKE = """
            WITH registry AS (SELECT stage, day, household_ids FROM registry_take_changes()),
            linkage AS (SELECT stage, day FROM linkage_take_changes()),
            named AS (SELECT DISTINCT unnest(household_ids) AS household_id FROM registry WHERE household_ids IS NOT NULL),
            households AS (
                SELECT h.id FROM named n JOIN registry_household_v h ON h.id = n.household_id
                UNION
                SELECT i2.household_id
                FROM named n
                JOIN registry_individual_v i ON i.household_id = n.household_id
                JOIN linkage_person_link_v l ON l.individual_id = i.id
                JOIN linkage_person_link_v l2 ON l2.person_id = l.person_id AND l2.individual_id <> l.individual_id
                JOIN registry_individual_v i2 ON i2.id = l2.individual_id)
            INSERT INTO statistics_stale_day (stage, day)
            SELECT DISTINCT stage, day FROM (
                SELECT stage, day FROM registry WHERE stage IS NOT NULL
                UNION ALL
                SELECT stage, day FROM linkage
                UNION ALL
                SELECT registry_journey_stage(h.journey_status), registry_journey_day(h.journey_status, h.returned_on, h.registered_at)
                FROM households x JOIN registry_household_v h ON h.id = x.id) AS days
            WHERE stage IS NOT NULL""";

    private final JdbcClient jdbc;

    ChangeFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether anything waits: in the feeds or among the days already taken. Three index probes. */
    boolean anythingWaiting() {
        return jdbc.sql("""
                        SELECT (SELECT max(id) FROM statistics_stale_day) IS NOT NULL
                            OR (SELECT max(id) FROM registry_change_v) IS NOT NULL
                            OR (SELECT max(id) FROM linkage_change_v) IS NOT NULL""").query(Boolean.class).single();
    }

    /** Takes what the feeds hold into the stale days; answers how many marks it added. */
    int take() {
        return jdbc.sql(TAKE).update();
    }

    /** The distinct days waiting, taken or not yet taken from the feeds. */
    long daysWaiting() {
        return jdbc.sql("""
                        SELECT count(*) FROM (
                            SELECT stage, day FROM statistics_stale_day
                            UNION SELECT stage, day FROM registry_change_v WHERE stage IS NOT NULL
                            UNION SELECT stage, day FROM linkage_change_v
                            UNION SELECT registry_journey_stage(h.journey_status),
                                         registry_journey_day(h.journey_status, h.returned_on, h.registered_at)
                                  FROM (SELECT DISTINCT unnest(household_ids) AS id FROM registry_change_v) AS named
                                  JOIN registry_household_v h ON h.id = named.id
                                  WHERE registry_journey_stage(h.journey_status) IS NOT NULL) AS days""").query(Long.class).single();
    }
}
