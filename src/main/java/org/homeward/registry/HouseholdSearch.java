package org.homeward.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.homeward.access.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds households by a member's name (any part, Arabic or Latin, partial), document number or phone. */
@Repository
class HouseholdSearch {

    static final int MAX_PAGE_SIZE = 100;
    private final JdbcClient jdbc;
    private final NameKeys nameKeys;

    HouseholdSearch(JdbcClient jdbc, NameKeys nameKeys) {
        this.jdbc = jdbc;
        this.nameKeys = nameKeys;
    }

    SearchPage<HouseholdSummary> search(SearchCriteria criteria, AccessScope scope, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        nameConditions(criteria.name(), conditions, parameters);
        if (criteria.documentNumber() != null && !criteria.documentNumber().isBlank()) {
            conditions.add("i.document_number = :document");
            parameters.put("document", PhoneNumbers.toAsciiDigits(criteria.documentNumber().trim()).toUpperCase(Locale.ROOT));
        }
        if (criteria.phone() != null && !criteria.phone().isBlank()) {
            conditions.add("i.phone = :phone");
            parameters.put("phone", PhoneNumbers.normalise(criteria.phone()).orElse("-"));
        }
        if (conditions.isEmpty() || !scope.personalData()) {
            return new SearchPage<>(List.of(), page, size, 0);
        }
        if (!scope.unrestricted()) {
            conditions.add(ScopeFilter.SQL);
            parameters.putAll(ScopeFilter.parameters(scope));
        }
        parameters.put("limit", size);
        parameters.put("offset", (long) page * size);
        AtomicLong total = new AtomicLong();
        List<HouseholdSummary> items = jdbc.sql("""
                        SELECT h.id, h.reference, h.journey_status, h.destination_pcode, h.registered_at,
                            concat_ws(' ', p.given_name_ar, p.father_name_ar, p.family_name_ar) AS principal_ar,
                            concat_ws(' ', p.given_name_latin, p.father_name_latin, p.family_name_latin) AS principal_latin,
                            concat_ws(' ', i.given_name_ar, i.father_name_ar, i.family_name_ar) AS matched_ar,
                            concat_ws(' ', i.given_name_latin, i.father_name_latin, i.family_name_latin) AS matched_latin,
                            (SELECT count(*) FROM individual m WHERE m.household_id = h.id) AS size,
                            count(*) OVER () AS total
                        FROM individual i
                        JOIN household h ON h.id = i.household_id
                        JOIN individual p ON p.household_id = h.id AND p.principal
                        WHERE """ + " " + String.join(" AND ", conditions) + "\n" + """
                        ORDER BY h.registered_at DESC, h.id, i.position
                        LIMIT :limit OFFSET :offset""")
                .params(parameters)
                .query((rs, n) -> {
                    total.set(rs.getLong("total"));
                    return new HouseholdSummary(rs.getObject("id", java.util.UUID.class), rs.getString("reference"),
                            rs.getString("principal_ar"), rs.getString("principal_latin"),
                            rs.getString("matched_ar"), rs.getString("matched_latin"), rs.getInt("size"),
                            JourneyStatus.valueOf(rs.getString("journey_status")), rs.getString("destination_pcode"),
                            rs.getTimestamp("registered_at").toInstant());
                })
                .list();
        return new SearchPage<>(items, page, size, total.get());
    }

    /**
     * Each word of the name must appear in the folded text or, spelled in the other script or
     * another way, share a cross-script key with one of the individual's names.
     */
    private void nameConditions(String name, List<String> conditions, Map<String, Object> parameters) {
        if (name == null || name.isBlank()) {
            return;
        }
        int term = 0;
        String[] words = name.trim().split("\\s+");
        for (int w = 0; w < words.length; w++) {
            List<String> parts = new ArrayList<>();
            for (String folded : SearchText.terms(words[w])) {
                parts.add("i.search_text LIKE :term" + term);
                parameters.put("term" + term++, "%" + escapeLike(folded) + "%");
            }
            List<String> keys = nameKeys.ofQueryWord(words[w]);
            if (parts.isEmpty() && keys.isEmpty()) {
                continue;
            }
            String text = parts.isEmpty() ? "FALSE" : String.join(" AND ", parts);
            conditions.add("((" + text + ") OR i.name_keys && CAST(:keys" + w + " AS text[]))");
            parameters.put("keys" + w, keys.toArray(String[]::new));
        }
    }

    private static String escapeLike(String term) {
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
