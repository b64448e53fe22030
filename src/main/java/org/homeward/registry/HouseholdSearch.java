package org.homeward.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.access.AccessScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds households by a member's name (any part, Arabic or Latin, partial), a household reference typed
 * into the name box, a document number or a phone. A name search ranks the people found by how their
 * name chain answers the query ({@link NameRanking}) and looks at no more than {@link #MOST_RANKED} of
 * them, so that a common name answers as fast as a rare one; beyond that the total is a lower bound.
 */
@Repository
class HouseholdSearch {

    static final int MAX_PAGE_SIZE = 100;
    /** The most people a name search ranks; with 25 a page, twenty pages. */
    static final int MOST_RANKED = 500;

    private static final String SUMMARY_COLUMNS = """
            h.id, h.reference, h.journey_status, h.destination_pcode, h.registered_at,
            concat_ws(' ', p.given_name_ar, p.father_name_ar, p.family_name_ar) AS principal_ar,
            concat_ws(' ', p.given_name_latin, p.father_name_latin, p.family_name_latin) AS principal_latin,
            (SELECT count(*) FROM individual m WHERE m.household_id = h.id) AS size""";
    private final JdbcClient jdbc;
    private final NameChainKeys keys;
    private final NameCandidates candidates;

    HouseholdSearch(JdbcClient jdbc, NameChainKeys keys, NameCandidates candidates) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.candidates = candidates;
    }

    SearchPage<HouseholdSummary> search(SearchCriteria criteria, AccessScope scope, int page, int size) {
        NameQuery name = NameQuery.parse(criteria.name());
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (criteria.documentNumber() != null && !criteria.documentNumber().isBlank()) {
            conditions.add("i.document_number = :document");
            parameters.put(
                    "document",
                    PhoneNumbers.toAsciiDigits(criteria.documentNumber().trim()).toUpperCase(Locale.ROOT));
        }
        if (criteria.phone() != null && !criteria.phone().isBlank()) {
            conditions.add("i.phone = :phone");
            parameters.put("phone", PhoneNumbers.normalise(criteria.phone()).orElse("-"));
        }
        if ((conditions.isEmpty() && name.isEmpty()) || !scope.personalData()) {
            return new SearchPage<>(List.of(), page, size, 0);
        }
        if (!scope.unrestricted()) {
            conditions.add(ScopeFilter.SQL);
            parameters.putAll(ScopeFilter.parameters(scope));
        }
        if (name.reference().isPresent()) {
            return byReference(name.reference().get(), conditions, parameters, page, size);
        }
        if (!name.parts().isEmpty()) {
            return byName(name, conditions, parameters, page, size);
        }
        return byDocumentOrPhone(conditions, parameters, page, size);
    }

    /** The household with that reference, shown with its principal (other criteria must match a member). */
    private SearchPage<HouseholdSummary> byReference(
            String reference, List<String> conditions, Map<String, Object> parameters, int page, int size) {
        List<String> where = new ArrayList<>(conditions);
        where.add("h.reference = :reference");
        parameters.put("reference", reference);
        List<HouseholdSummary> found = jdbc.sql("SELECT " + SUMMARY_COLUMNS + ", "
                        + "concat_ws(' ', p.given_name_ar, p.father_name_ar, p.family_name_ar) AS matched_ar, "
                        + "concat_ws(' ', p.given_name_latin, p.father_name_latin, p.family_name_latin) AS matched_latin "
                        + "FROM household h JOIN individual p ON p.household_id = h.id AND p.principal "
                        + "WHERE EXISTS (SELECT 1 FROM individual i WHERE i.household_id = h.id AND "
                        + String.join(" AND ", where) + ")")
                .params(parameters)
                .query((rs, n) -> summary(rs))
                .list();
        return new SearchPage<>(page == 0 ? found : List.of(), page, size, found.size());
    }

    private SearchPage<HouseholdSummary> byName(
            NameQuery name, List<String> conditions, Map<String, Object> parameters, int page, int size) {
        long shownTo = Math.min((long) MOST_RANKED, (long) (page + 1) * size);
        NameCandidates.Found found = candidates.find(name, conditions, parameters, MOST_RANKED, (int) shownTo);
        NameRanking ranking = new NameRanking(keys, name);
        Map<NameCandidates.Candidate, NameRanking.Rank> ranks = new HashMap<>();
        found.candidates()
                .forEach(candidate -> ranks.put(candidate, ranking.rank(candidate.arabic(), candidate.latin())));
        Comparator<NameCandidates.Candidate> order = Comparator.comparing((NameCandidates.Candidate candidate) ->
                        ranks.get(candidate).tier())
                .thenComparing(candidate -> -ranks.get(candidate).points())
                .thenComparing(NameCandidates.Candidate::registeredAt, Comparator.reverseOrder())
                .thenComparing(NameCandidates.Candidate::householdId)
                .thenComparing(NameCandidates.Candidate::position);
        List<NameCandidates.Candidate> shown = found.candidates().stream()
                .sorted(order)
                .skip((long) page * size)
                .limit(size)
                .toList();
        return new SearchPage<>(summaries(shown), page, size, found.counted(), !found.complete());
    }

    /** The summaries of the people shown, in their order, with their households' principals and sizes. */
    private List<HouseholdSummary> summaries(List<NameCandidates.Candidate> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        UUID[] households = shown.stream()
                .map(NameCandidates.Candidate::householdId)
                .distinct()
                .toArray(UUID[]::new);
        Map<UUID, HouseholdSummary> byHousehold = jdbc
                .sql(
                        "SELECT " + SUMMARY_COLUMNS
                                + ", '' AS matched_ar, '' AS matched_latin "
                                + "FROM household h JOIN individual p ON p.household_id = h.id AND p.principal WHERE h.id = ANY(:ids)")
                .param("ids", households)
                .query((rs, n) -> summary(rs))
                .list()
                .stream()
                .collect(Collectors.toMap(HouseholdSummary::householdId, Function.identity()));
        List<HouseholdSummary> items = new ArrayList<>();
        for (NameCandidates.Candidate person : shown) {
            HouseholdSummary household = byHousehold.get(person.householdId());
            items.add(new HouseholdSummary(
                    household.householdId(),
                    household.reference(),
                    household.principalNameAr(),
                    household.principalNameLatin(),
                    chain(person.arabic()),
                    chain(person.latin()),
                    household.size(),
                    household.status(),
                    household.destinationPcode(),
                    household.registeredAt()));
        }
        return items;
    }

    /** Given, father's and family name, as the result lists show them. */
    private static String chain(String[] names) {
        List<String> shown = new ArrayList<>();
        for (int part : new int[] {0, 1, 3}) {
            if (names[part] != null) {
                shown.add(names[part]);
            }
        }
        return String.join(" ", shown);
    }

    private SearchPage<HouseholdSummary> byDocumentOrPhone(
            List<String> conditions, Map<String, Object> parameters, int page, int size) {
        parameters.put("limit", size);
        parameters.put("offset", (long) page * size);
        AtomicLong total = new AtomicLong();
        List<HouseholdSummary> items = jdbc.sql(
                        "SELECT " + SUMMARY_COLUMNS + """
                        ,
                            concat_ws(' ', i.given_name_ar, i.father_name_ar, i.family_name_ar) AS matched_ar,
                            concat_ws(' ', i.given_name_latin, i.father_name_latin, i.family_name_latin) AS matched_latin,
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
                    return summary(rs);
                })
                .list();
        return new SearchPage<>(items, page, size, total.get());
    }

    private static HouseholdSummary summary(ResultSet rs) throws SQLException {
        return new HouseholdSummary(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getString("principal_ar"),
                rs.getString("principal_latin"),
                rs.getString("matched_ar"),
                rs.getString("matched_latin"),
                rs.getInt("size"),
                JourneyStatus.valueOf(rs.getString("journey_status")),
                rs.getString("destination_pcode"),
                rs.getTimestamp("registered_at").toInstant());
    }
}
