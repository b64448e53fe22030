package org.homeward.access;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every registered phone and document number, as the strings that would show it whole: a phone's
 * last nine digits (what stays after the country code or a leading zero, whatever the layout) and
 * a document number as stored. Masks keep two characters, so none of these fits in a masked value.
 */
final class SensitiveNeedles {

    private static final int PHONE_DIGITS = 9;
    private static final int SHORTEST_DOCUMENT = 6;
    private final Map<Integer, Set<String>> byLength = new HashMap<>();
    private final Set<Character> firstCharacters = new HashSet<>();
    private int size;

    private SensitiveNeedles() {}

    static SensitiveNeedles of(JdbcClient jdbc) {
        SensitiveNeedles needles = new SensitiveNeedles();
        jdbc.sql("SELECT phone, document_number FROM individual WHERE erased_at IS NULL")
                .query(rs -> {
                    String phone = rs.getString("phone");
                    if (phone != null && phone.length() > PHONE_DIGITS) {
                        needles.add(phone.substring(phone.length() - PHONE_DIGITS));
                    }
                    String document = rs.getString("document_number");
                    if (document != null && document.length() >= SHORTEST_DOCUMENT) {
                        needles.add(document);
                    }
                });
        return needles;
    }

    private void add(String needle) {
        if (byLength.computeIfAbsent(needle.length(), length -> new HashSet<>()).add(needle)) {
            firstCharacters.add(needle.charAt(0));
            size++;
        }
    }

    int size() {
        return size;
    }

    /** The first whole number found in the text, if any. */
    Optional<String> foundIn(String text) {
        for (int start = 0; start < text.length(); start++) {
            if (!firstCharacters.contains(text.charAt(start))) {
                continue;
            }
            for (Map.Entry<Integer, Set<String>> needles : byLength.entrySet()) {
                int end = start + needles.getKey();
                if (end <= text.length() && needles.getValue().contains(text.substring(start, end))) {
                    return Optional.of(text.substring(start, end));
                }
            }
        }
        return Optional.empty();
    }
}
