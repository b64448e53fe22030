package org.homeward.statistics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reader of the change feeds the registry and linkage keep for the summary of returns. The registry
 * names the households whose counted facts or members changed; this moves them into statistics' own
 * {@code statistics_stale_household}, with the households of the other records of the people linked to
 * their members, whose counts as persons may move too. Linkage gives the stage and day of every record
 * of the people whose links changed (and the registry did too before V63); those go to
 * {@code statistics_stale_day}, to be recounted whole. It runs in the caller's transaction: a refresh that
 * fails takes nothing from the feeds.
 */
@Component
class ChangeFeeds {

    /** Marks of the feeds: the households named and those linked to them, and the days given. */
    private static final String TAKE = """
            WITH registry AS (SELECT stage, day, household_ids FROM registry_take_changes()),
            linkage AS (SELECT stage, day FROM linkage_take_changes()),
            named AS (SELECT DISTINCT unnest(household_ids) AS household_id FROM registry WHERE household_ids IS NOT NULL),
            households AS (
                SELECT household_id FROM named
                UNION
                SELECT i2.household_id
                FROM named n
                JOIN registry_individual_v i ON i.household_id = n.household_id
                JOIN linkage_person_link_v l ON l.individual_id = i.id
                JOIN linkage_person_link_v l2 ON l2.person_id = l.person_id AND l2.individual_id <> l.individual_id
                JOIN registry_individual_v i2 ON i2.id = l2.individual_id),
            marked_households AS (
                INSERT INTO statistics_stale_household (household_id) SELECT household_id FROM households RETURNING 1),
            marked_days AS (
                INSERT INTO statistics_stale_day (stage, day)
                SELECT DISTINCT stage, day FROM (
                    SELECT stage, day FROM registry WHERE stage IS NOT NULL
                    UNION ALL
                    SELECT stage, day FROM linkage) AS days
                WHERE stage IS NOT NULL
                RETURNING 1)
            SELECT (SELECT count(*) FROM marked_households) + (SELECT count(*) FROM marked_days)""";

    private final JdbcClient jdbc;

    ChangeFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether anything waits: in the feeds or among the days and households already taken. Four index probes. */
    boolean anythingWaiting() {
        return jdbc.sql("""
                        SELECT (SELECT max(id) FROM statistics_stale_day) IS NOT NULL
                            OR (SELECT max(id) FROM statistics_stale_household) IS NOT NULL
                            OR (SELECT max(id) FROM registry_change_v) IS NOT NULL
                            OR (SELECT max(id) FROM linkage_change_v) IS NOT NULL""").query(Boolean.class).single();
    }

    /** Takes what the feeds hold into the stale households and days; answers how many marks it added. */
    long take() {
        return jdbc.sql(TAKE).query(Long.class).single();
    }

    /**
     * The distinct days waiting, taken or not yet taken from the feeds: the days given, and the days the
     * households named stand on now.
     */
    long daysWaiting() {
        return jdbc.sql("""
                        SELECT count(*) FROM (
                            SELECT stage, day FROM statistics_stale_day
                            UNION SELECT stage, day FROM registry_change_v WHERE stage IS NOT NULL
                            UNION SELECT stage, day FROM linkage_change_v
                            UNION SELECT registry_journey_stage(h.journey_status),
                                         registry_journey_day(h.journey_status, h.returned_on, h.registered_at)
                                  FROM (SELECT unnest(household_ids) AS id FROM registry_change_v
                                        UNION SELECT household_id FROM statistics_stale_household) AS named
                                  JOIN registry_household_v h ON h.id = named.id
                                  WHERE registry_journey_stage(h.journey_status) IS NOT NULL) AS days""").query(Long.class).single();
    }
}
