package org.homeward.linkage;

import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The review-queue searches a reviewer made in this session, each under a random id that the queue's
 * links carry instead of the reference or name. The few most recent are kept; an id from an ended
 * session finds nothing, and the queue then shows its other filters alone.
 */
final class QueueSearches {

    static final int KEPT = 10;
    private static final String ATTRIBUTE = QueueSearches.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueueSearches() {}

    /** Keeps the search in the session and answers the id it is kept under. */
    static String keep(HttpSession session, QueueSearch search) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        synchronized (session) {
            Map<String, QueueSearch> kept = kept(session);
            kept.put(id, search);
            while (kept.size() > KEPT) {
                kept.remove(kept.keySet().iterator().next());
            }
            session.setAttribute(ATTRIBUTE, kept);
        }
        return id;
    }

    /** The search kept under the id in this session, if any. */
    static Optional<QueueSearch> find(HttpSession session, String id) {
        if (id == null || session == null) {
            return Optional.empty();
        }
        synchronized (session) {
            return Optional.ofNullable(kept(session).get(id));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, QueueSearch> kept(HttpSession session) {
        Object kept = session.getAttribute(ATTRIBUTE);
        return kept instanceof LinkedHashMap<?, ?> map ? (Map<String, QueueSearch>) map : new LinkedHashMap<>();
    }
}
