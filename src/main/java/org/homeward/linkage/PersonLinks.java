package org.homeward.linkage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which registrations are one person (person_link), and the merges that joined them, each with
 * the links as they were before so that it can be undone exactly.
 */
@Repository
class PersonLinks {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    PersonLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A link as it was before a merge changed it; a null person means the individual had no link. */
    record LinkBefore(UUID individual, UUID person) {}

    /** A merge in force: its id and the links it changed, as they were before. */
    record Merge(long id, List<LinkBefore> linksBefore) {}

    Optional<UUID> personOf(UUID individual) {
        return jdbc.sql("SELECT person_id FROM person_link WHERE individual_id = :id")
                .param("id", individual)
                .query(UUID.class)
                .optional();
    }

    List<UUID> individualsOf(UUID person) {
        return jdbc.sql("SELECT individual_id FROM person_link WHERE person_id = :p ORDER BY individual_id")
                .param("p", person)
                .query(UUID.class)
                .list();
    }

    /**
     * Links both individuals to one person: a new one, or the person either already belongs to
     * (when both belong to different persons, the second's person joins the first's). Answers the
     * links as they were before, for each individual whose link changed.
     */
    List<LinkBefore> join(UUID first, UUID second) {
        Optional<UUID> firstPerson = personOf(first);
        Optional<UUID> secondPerson = personOf(second);
        UUID person = firstPerson.or(() -> secondPerson).orElseGet(UUID::randomUUID);
        Map<UUID, UUID> changed = new HashMap<>();
        if (firstPerson.isEmpty()) {
            changed.put(first, null);
        }
        if (secondPerson.isEmpty()) {
            changed.put(second, null);
        } else if (!secondPerson.get().equals(person)) {
            individualsOf(secondPerson.get()).forEach(member -> changed.put(member, secondPerson.get()));
        }
        List<LinkBefore> before = new ArrayList<>();
        changed.forEach((individual, previous) -> {
            link(individual, person);
            before.add(new LinkBefore(individual, previous));
        });
        return before;
    }

    /** Puts the links back as they were before a merge. */
    void restore(List<LinkBefore> before) {
        for (LinkBefore link : before) {
            if (link.person() == null) {
                jdbc.sql("DELETE FROM person_link WHERE individual_id = :id")
                        .param("id", link.individual())
                        .update();
            } else {
                link(link.individual(), link.person());
            }
        }
    }

    private void link(UUID individual, UUID person) {
        jdbc.sql("""
                        INSERT INTO person_link (individual_id, person_id) VALUES (:id, :person)
                        ON CONFLICT (individual_id) DO UPDATE SET person_id = excluded.person_id""").param("id", individual).param("person", person).update();
    }

    void recordMerge(long candidate, List<LinkBefore> before, String actor, Instant now) {
        jdbc.sql("""
                        INSERT INTO person_merge (candidate_id, merged_at, merged_by, links_before)
                        VALUES (:candidate, :now, :actor, CAST(:before AS jsonb))""")
                .param("candidate", candidate)
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .param("before", JSON.writeValueAsString(before))
                .update();
    }

    Optional<Merge> mergeInForce(long candidate) {
        return jdbc.sql("SELECT id, links_before::text FROM person_merge WHERE candidate_id = :c AND undone_at IS NULL")
                .param("c", candidate)
                .query((rs, n) -> new Merge(
                        rs.getLong(1), JSON.readValue(rs.getString(2), new TypeReference<List<LinkBefore>>() {})))
                .optional();
    }

    void markUndone(long merge, String actor, Instant now) {
        jdbc.sql("UPDATE person_merge SET undone_at = :now, undone_by = :actor WHERE id = :id")
                .param("now", Timestamp.from(now))
                .param("actor", actor)
                .param("id", merge)
                .update();
    }
}
