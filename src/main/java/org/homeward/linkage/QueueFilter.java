package org.homeward.linkage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the reviewer asked of the review queue: a likelihood band, a reason, an order, and perhaps a
 * household reference and a name. Band, reason and order are not personal and travel in the URL; the
 * reference and the name are, so they stay in the reviewer's session and only the id they are kept
 * under ({@code search}) travels, following the reviewer from pair to pair.
 *
 * @param band   {@code VERY_LIKELY}, {@code LIKELY}, {@code POSSIBLE} or null for all
 * @param reason a kinship reason code, {@code NONE} for pairs without one, or null for all
 * @param sort   {@code STRONGEST} (default) or {@code OLDEST}
 * @param household only pairs with a member of this household on one side (a household page's link), or null
 * @param search the id under which the session keeps the reference and name below, or null
 * @param reference only pairs with this household reference on either side, or null
 * @param nameTerms only pairs where one person's folded names hold every one of these words (empty: any)
 */
public record QueueFilter(
        String band,
        String reason,
        String sort,
        UUID household,
        String search,
        String reference,
        List<String> nameTerms,
        String mineSite,
        String mineArea) {

    /** A pair weighing this many bits or more is at least 96 % likely one person (2^w / (1 + 2^w) ≥ 0.96). */
    static final double VERY_LIKELY_WEIGHT = Math.log(24) / Math.log(2);

    static final Set<String> BANDS = Set.of("VERY_LIKELY", "LIKELY", "POSSIBLE");
    static final Set<String> REASONS =
            Set.of("POSSIBLE_SIBLINGS", "POSSIBLE_TWINS", "POSSIBLE_COUSINS", "POSSIBLE_NAMESAKES", "NONE");

    public static final QueueFilter ALL =
            new QueueFilter(null, null, "STRONGEST", null, null, null, List.of(), null, null);
    /** The people of the household with the filter's reference. */
    private static final String REFERENCED = "SELECT m.id FROM registry_individual_v m JOIN registry_household_v r"
            + " ON r.id = m.household_id WHERE r.reference = :reference";

    public QueueFilter {
        nameTerms = nameTerms == null ? List.of() : List.copyOf(nameTerms);
    }

    /** A filter from request parameters; unknown values mean "all" rather than an error, as a link may be old. */
    static QueueFilter of(String band, String reason, String sort) {
        return of(band, reason, sort, null);
    }

    static QueueFilter of(String band, String reason, String sort, UUID household) {
        return new QueueFilter(
                known(band, BANDS),
                known(reason, REASONS),
                "OLDEST".equalsIgnoreCase(sort) ? "OLDEST" : "STRONGEST",
                household,
                null,
                null,
                List.of(),
                null,
                null);
    }

    /** This filter narrowed to the reference and name kept in the session under {@code id}. */
    QueueFilter searching(String id, QueueSearch search) {
        return new QueueFilter(
                band,
                reason,
                sort,
                household,
                id,
                search.normalisedReference(),
                search.nameTerms(),
                search.mineSite(),
                search.mineArea());
    }

    /** Whether a reference or a name narrows the queue. */
    public boolean searching() {
        return search != null;
    }

    private static String known(String value, Set<String> allowed) {
        if (value == null) {
            return null;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        return allowed.contains(upper) ? upper : null;
    }

    /** Whether the oldest pairs come first (else the most likely). */
    public boolean oldestFirst() {
        return "OLDEST".equals(sort);
    }

    /** The SQL condition for this filter on duplicate_candidate {@code c} (values are bound, never inlined). */
    String condition() {
        StringBuilder where = new StringBuilder();
        if ("VERY_LIKELY".equals(band)) {
            where.append(" AND c.weight >= :veryLikely");
        } else if ("LIKELY".equals(band)) {
            where.append(" AND c.weight >= 0 AND c.weight < :veryLikely");
        } else if ("POSSIBLE".equals(band)) {
            where.append(" AND c.weight < 0");
        }
        if ("NONE".equals(reason)) {
            where.append(" AND c.reason IS NULL");
        } else if (reason != null) {
            where.append(" AND c.reason = :reason");
        }
        if (household != null) {
            where.append(" AND (a.household_id = :household OR b.household_id = :household)");
        }
        if (mineSite != null) {
            where.append(" AND (ha.registration_site = :mineSite OR hb.registration_site = :mineSite)");
        }
        if (mineArea != null) {
            where.append(" AND (ha.destination_pcode LIKE :mineArea OR hb.destination_pcode LIKE :mineArea)");
        }
        if (reference != null) {
            where.append(" AND c.id IN (")
                    .append(pairsOf("first_id", REFERENCED))
                    .append(" UNION ")
                    .append(pairsOf("second_id", REFERENCED))
                    .append(')');
        }
        if (!nameTerms.isEmpty()) {
            where.append(" AND c.id IN (")
                    .append(pairsOf("first_id", named()))
                    .append(" UNION ")
                    .append(pairsOf("second_id", named()))
                    .append(')');
        }
        return where.toString();
    }

    /**
     * The open pairs with one of the people on the given side: the people are found first (a household
     * reference through its unique index, a name through the trigram index of the folded names), then
     * their pairs through the indexes of either side (V4, V29). Comparing the joined rows instead ("the
     * first household's reference or the second's") read the whole queue: 0.85 s at 100,000 pairs.
     */
    private static String pairsOf(String side, String people) {
        return "SELECT p.id FROM duplicate_candidate p WHERE p.status = 'OPEN' AND p." + side + " IN (" + people + ")";
    }

    /** The people whose folded names hold every word of the filter's name. */
    private String named() {
        StringBuilder named = new StringBuilder("SELECT n.id FROM registry_individual_v n WHERE true");
        for (int t = 0; t < nameTerms.size(); t++) {
            named.append(" AND n.search_text LIKE :name").append(t);
        }
        return named.toString();
    }

    /** The name words as bound LIKE patterns, each matched anywhere inside the folded names. */
    Map<String, String> namePatterns() {
        Map<String, String> patterns = new LinkedHashMap<>();
        for (int t = 0; t < nameTerms.size(); t++) {
            String term =
                    nameTerms.get(t).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            patterns.put("name" + t, "%" + term + "%");
        }
        return patterns;
    }

    /** The filter as URL parameters, for links that keep it (the pager, the pair page, "next pair"). */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (band != null) {
            parameters.put("band", band);
        }
        if (reason != null) {
            parameters.put("reason", reason);
        }
        if (oldestFirst()) {
            parameters.put("sort", sort);
        }
        if (household != null) {
            parameters.put("household", household.toString());
        }
        if (search != null) {
            parameters.put("search", search);
        }
        return parameters;
    }

    /** The filter as a query string starting with {@code ?} or {@code &} as asked, empty when nothing is set. */
    public String query(char first) {
        StringBuilder query = new StringBuilder();
        parameters()
                .forEach((name, value) -> query.append(query.isEmpty() ? first : '&')
                        .append(name)
                        .append('=')
                        .append(value));
        return query.toString();
    }
}
