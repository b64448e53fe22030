package org.homeward.linkage;

import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells other features whether people have likely duplicates still waiting in the review queue,
 * without showing who the other registrations are: only counts leave this feature, so the answer
 * needs no scope and carries no personal data.
 */
@Service
public class PendingDuplicateService {

    private final JdbcClient jdbc;

    PendingDuplicateService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open pairs that involve any of the people given. */
    @Transactional(readOnly = true)
    public PendingDuplicates of(Collection<UUID> individualIds) {
        if (individualIds.isEmpty()) {
            return new PendingDuplicates(0, 0);
        }
        UUID[] ids = individualIds.toArray(UUID[]::new);
        return jdbc.sql("""
                        WITH open_pair AS (
                            SELECT c.first_id, c.second_id FROM duplicate_candidate c
                            WHERE c.status = 'OPEN' AND (c.first_id = ANY(:ids) OR c.second_id = ANY(:ids)))
                        SELECT (SELECT count(*) FROM open_pair) AS pairs,
                               (SELECT count(DISTINCT person.id) FROM open_pair,
                                       LATERAL (VALUES (first_id), (second_id)) AS person (id)
                                WHERE person.id = ANY(:ids)) AS people""")
                .param("ids", ids)
                .query((rs, row) -> new PendingDuplicates(rs.getInt("pairs"), rs.getInt("people")))
                .single();
    }
}
