package org.homeward.movements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How far the survey imports running now have got, for the import page to show while it waits:
 * rows read, rows checked through the mapping, rows matched to a household, problems found and
 * rows recorded. Each import is followed under a random token its page sent with the file, and only
 * the user who imports reads it. Counts only: no row's content is kept here.
 */
@Component
class IntentionImportProgress {

    /** Imports followed at most at once; the oldest are forgotten first. */
    static final int MAX_FOLLOWED = 200;

    private static final Duration KEPT = Duration.ofHours(1);
    private final Map<UUID, Tracker> followed = new ConcurrentHashMap<>();
    private final Clock clock;

    IntentionImportProgress(Clock clock) {
        this.clock = clock;
    }

    /** How far an import has got. */
    record Snapshot(
            String stage, long dataRows, long checked, long matched, long problems, long recorded, boolean finished) {

        /** Before the file has reached the import, or for an import that is not the reader's. */
        static final Snapshot WAITING = new Snapshot("WAITING", 0, 0, 0, 0, 0, false);

        /** How far, out of 100: checking the rows is the first half, matching and recording the second. */
        public int percent() {
            if (finished) {
                return 100;
            }
            return switch (stage) {
                case "CHECKING" -> dataRows == 0 ? 0 : (int) (50 * checked / dataRows);
                case "MATCHING" -> 60;
                case "RECORDING" -> matched == 0 ? 60 : 60 + (int) (40 * recorded / matched);
                default -> 0;
            };
        }
    }

    /** Follows an import under the token, for the user; a token that is not a UUID follows nothing. */
    Tracker follow(String token, String actor) {
        UUID id = parse(token);
        if (id == null) {
            return new Tracker(actor, clock.instant());
        }
        forgetOld();
        Tracker tracker = new Tracker(actor, clock.instant());
        followed.put(id, tracker);
        return tracker;
    }

    /** How far the user's import under the token has got, if it is one of theirs. */
    Optional<Snapshot> of(String token, String actor) {
        UUID id = parse(token);
        return Optional.ofNullable(id == null ? null : followed.get(id))
                .filter(tracker -> tracker.actor.equals(actor))
                .map(Tracker::snapshot);
    }

    private void forgetOld() {
        Instant horizon = clock.instant().minus(KEPT);
        followed.values().removeIf(tracker -> tracker.started.isBefore(horizon));
        while (followed.size() >= MAX_FOLLOWED) {
            followed.entrySet().stream()
                    .min((a, b) -> a.getValue().started.compareTo(b.getValue().started))
                    .ifPresent(oldest -> followed.remove(oldest.getKey()));
        }
    }

    private static UUID parse(String token) {
        try {
            return token == null || token.isBlank() ? null : UUID.fromString(token.strip());
        } catch (IllegalArgumentException notUuid) {
            return null;
        }
    }

    /** The counts of one import, written by the import as it goes and read by the page. */
    static final class Tracker {
        private final String actor;
        private final Instant started;
        private volatile Snapshot snapshot = new Snapshot("READING", 0, 0, 0, 0, 0, false);

        private Tracker(String actor, Instant started) {
            this.actor = actor;
            this.started = started;
        }

        /** Follows nothing: for imports nobody watches (the API, the tests). */
        static Tracker none() {
            return new Tracker("", Instant.EPOCH);
        }

        Snapshot snapshot() {
            return snapshot;
        }

        void read(long dataRows) {
            snapshot = new Snapshot("CHECKING", dataRows, 0, 0, 0, 0, false);
        }

        void checked(long rows, long problems) {
            Snapshot now = snapshot;
            snapshot = new Snapshot("CHECKING", now.dataRows(), rows, 0, problems, 0, false);
        }

        void matching() {
            Snapshot now = snapshot;
            snapshot = new Snapshot("MATCHING", now.dataRows(), now.checked(), 0, now.problems(), 0, false);
        }

        void matched(long rows, long problems) {
            Snapshot now = snapshot;
            snapshot = new Snapshot("RECORDING", now.dataRows(), now.checked(), rows, problems, 0, false);
        }

        void recorded(long rows) {
            Snapshot now = snapshot;
            snapshot = new Snapshot(
                    "RECORDING", now.dataRows(), now.checked(), now.matched(), now.problems(), rows, false);
        }

        void finished(long problems, long recorded) {
            Snapshot now = snapshot;
            snapshot = new Snapshot("FINISHED", now.dataRows(), now.checked(), now.matched(), problems, recorded, true);
        }
    }
}
