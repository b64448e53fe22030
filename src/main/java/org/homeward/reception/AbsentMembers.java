package org.homeward.reception;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The members of households staying in part who are not in the stay yet, for the board's form
 * where they join it on arrival. Reads the registry's individuals through its contract view in one query per board
 * page, as the list of who is in does.
 */
@Repository
class AbsentMembers {

    /** A member of the household not staying yet, with what the board shows of them. */
    record AbsentMember(UUID id, String nameAr, String nameLatin, boolean needsAccessibleUnit) {}

    private final JdbcClient jdbc;

    AbsentMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each of the stays, its household's members who are not staying, in the household's order. */
    Map<UUID, List<AbsentMember>> of(Collection<UUID> stayIds) {
        Map<UUID, List<AbsentMember>> absent = new LinkedHashMap<>();
        if (stayIds.isEmpty()) {
            return absent;
        }
        jdbc.sql("""
                        SELECT s.id AS stay_id, i.id,
                            concat_ws(' ', i.given_name_ar, i.father_name_ar, i.family_name_ar) AS name_ar,
                            concat_ws(' ', i.given_name_latin, i.father_name_latin, i.family_name_latin) AS name_latin,
                            i.specific_needs && CAST(:accessibleNeeds AS text[]) AS accessible
                        FROM reception_stay s JOIN registry_individual_v i ON i.household_id = s.household_id
                        WHERE s.id = ANY(:stays) AND s.ended_at IS NULL AND NOT (i.id = ANY(s.member_ids))
                        ORDER BY s.id, i.position""")
                .param("stays", stayIds.toArray(UUID[]::new))
                .param(
                        "accessibleNeeds",
                        ArrivingMembers.NEEDS_ACCESSIBLE_UNIT.stream()
                                .map(Enum::name)
                                .toArray(String[]::new))
                .query(rs -> {
                    absent.computeIfAbsent(rs.getObject("stay_id", UUID.class), id -> new ArrayList<>())
                            .add(new AbsentMember(
                                    rs.getObject("id", UUID.class),
                                    rs.getString("name_ar"),
                                    rs.getString("name_latin"),
                                    rs.getBoolean("accessible")));
                });
        return absent;
    }
}
