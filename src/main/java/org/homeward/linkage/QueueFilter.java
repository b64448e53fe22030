package org.homeward.linkage;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the reviewer asked of the review queue: a likelihood band, a reason, an order. None of it is
 * personal, so it travels in the URL and follows the reviewer from pair to pair.
 *
 * @param band   {@code VERY_LIKELY}, {@code LIKELY}, {@code POSSIBLE} or null for all
 * @param reason a kinship reason code, {@code NONE} for pairs without one, or null for all
 * @param sort   {@code STRONGEST} (default) or {@code OLDEST}
 * @param household only pairs with a member of this household on one side (a household page's link), or null
 */
public record QueueFilter(String band, String reason, String sort, UUID household) {

    /** A pair weighing this many bits or more is at least 96 % likely one person (2^w / (1 + 2^w) ≥ 0.96). */
    static final double VERY_LIKELY_WEIGHT = Math.log(24) / Math.log(2);
    static final Set<String> BANDS = Set.of("VERY_LIKELY", "LIKELY", "POSSIBLE");
    static final Set<String> REASONS = Set.of("POSSIBLE_SIBLINGS", "POSSIBLE_TWINS", "POSSIBLE_COUSINS",
            "POSSIBLE_NAMESAKES", "NONE");
    public static final QueueFilter ALL = new QueueFilter(null, null, "STRONGEST", null);

    /** A filter from request parameters; unknown values mean "all" rather than an error, as a link may be old. */
    static QueueFilter of(String band, String reason, String sort) {
        return of(band, reason, sort, null);
    }

    static QueueFilter of(String band, String reason, String sort, UUID household) {
        return new QueueFilter(known(band, BANDS), known(reason, REASONS),
                "OLDEST".equalsIgnoreCase(sort) ? "OLDEST" : "STRONGEST", household);
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
        return where.toString();
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
        return parameters;
    }

    /** The filter as a query string starting with {@code ?} or {@code &} as asked, empty when nothing is set. */
    public String query(char first) {
        StringBuilder query = new StringBuilder();
        parameters().forEach((name, value) -> query.append(query.isEmpty() ? first : '&').append(name).append('=')
                .append(value));
        return query.toString();
    }
}
