package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The open pairs of the travellers are found through an index from either side of a pair, so the
 * likely-duplicates departure check does not read the whole review queue for every household.
 */
@HomewardTest
class PendingDuplicateIndexIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aLookupBySecondOfAPairUsesAnIndex() {
        List<String> plan = transactions.execute(status -> {
            // Scanning is only the planner's choice on a small table; forbidding it shows whether an index exists at
            // all.
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return jdbc.sql("EXPLAIN SELECT first_id, status FROM duplicate_candidate WHERE second_id = ANY(:ids)")
                    .param("ids", new UUID[] {UUID.randomUUID(), UUID.randomUUID()})
                    .query(String.class)
                    .list();
        });
        assertThat(String.join("\n", plan)).contains("duplicate_candidate_by_second");
    }
}
