package org.homeward.reception;

import java.util.Locale;
import org.homeward.registry.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lists the households staying in a centre with their reference and principal's name, reading the
 * registry's contract views in the same query: a board of a thousand households cannot ask the
 * registry's service for each one.
 */
@Repository
class StayListing {

    static final int MAX_PAGE_SIZE = 500;
    private static final String MATCHING = """
            FROM reception_stay s
            JOIN registry_household_v h ON h.id = s.household_id
            JOIN registry_individual_v p ON p.household_id = h.id AND p.principal
            WHERE s.centre_code = :centre AND s.ended_at IS NULL AND (s.arrived_at IS NULL) = :bookings
              AND (:text = '' OR h.reference ILIKE :pattern OR p.search_text LIKE :folded)""";
    private final JdbcClient jdbc;

    StayListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open stays of the centre, latest first, whose reference or principal's name contains the text. */
    ResidentPage residents(String centreCode, String text, int page, int size) {
        return page(centreCode, false, text, page, size, "s.started_at DESC, s.id");
    }

    /** The centre's bookings not yet arrived, the soonest expected first. */
    ResidentPage bookings(String centreCode, int page, int size) {
        return page(centreCode, true, null, page, size, "s.expected_by, s.started_at, s.id");
    }

    private ResidentPage page(String centreCode, boolean bookings, String text, int page, int size, String order) {
        String query = text == null ? "" : text.trim();
        int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 0);
        String pattern = "%" + escapeLike(query) + "%";
        String folded = "%" + escapeLike(SearchText.fold(query)) + "%";
        int total = jdbc.sql("SELECT count(*) " + MATCHING)
                .param("centre", centreCode)
                .param("bookings", bookings)
                .param("text", query)
                .param("pattern", pattern)
                .param("folded", folded)
                .query(Integer.class)
                .single();
        var items = jdbc.sql("""
                        SELECT s.*, h.reference,
                            (SELECT count(*) FROM registry_individual_v m WHERE m.household_id = h.id)::integer AS household_size,
                            concat_ws(' ', p.given_name_ar, p.father_name_ar, p.grandfather_name_ar, p.family_name_ar) AS name_ar,
                            concat_ws(' ', p.given_name_latin, p.father_name_latin, p.grandfather_name_latin,
                                p.family_name_latin) AS name_latin
                        """ + MATCHING + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                .param("centre", centreCode)
                .param("bookings", bookings)
                .param("text", query)
                .param("pattern", pattern)
                .param("folded", folded)
                .param("limit", pageSize)
                .param("offset", pageNumber * pageSize)
                .query((rs, n) -> new Resident(
                        StayRepository.stay(rs, n),
                        rs.getString("reference"),
                        rs.getInt("household_size"),
                        rs.getString("name_ar"),
                        rs.getString("name_latin")))
                .list();
        return new ResidentPage(total, pageNumber, pageSize, items);
    }

    private static String escapeLike(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    }
}
