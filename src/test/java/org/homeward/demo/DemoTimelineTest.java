package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The demo's timeline: a past moment is seen only by the thread replaying it, only while it does. */
class DemoTimelineTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Instant PAST = Instant.parse("2026-05-06T07:00:00Z");
    private final DemoTimeline timeline = new DemoTimeline(Clock.fixed(NOW, ZoneId.of("Asia/Damascus")));

    @Test
    void theReplayingThreadSeesThePastMomentAndEveryOtherThreadTheRealTime() {
        Instant elsewhere = timeline.at(PAST, () -> {
            assertThat(timeline.instant()).isEqualTo(PAST);
            assertThat(timeline.withZone(ZoneId.of("UTC")).instant()).isEqualTo(PAST);
            return CompletableFuture.supplyAsync(timeline::instant).join();
        });
        assertThat(elsewhere).isEqualTo(NOW);
        assertThat(timeline.instant()).isEqualTo(NOW);
    }

    @Test
    void aReplayEndsWithItsWorkEvenWhenTheWorkFailsAndNestedOnesRestoreTheOuterMoment() {
        Instant later = PAST.plusSeconds(3600);
        timeline.at(PAST, () -> {
            timeline.at(later, () -> assertThat(timeline.instant()).isEqualTo(later));
            assertThat(timeline.instant()).isEqualTo(PAST);
        });
        assertThatThrownBy(() -> timeline.at(PAST, () -> {
                    throw new IllegalStateException("refused");
                }))
                .hasMessage("refused");
        assertThat(timeline.instant()).isEqualTo(NOW);
    }

    @Test
    void refusesToReplayTheFuture() {
        assertThatThrownBy(() -> timeline.at(NOW.plusSeconds(1), () -> {}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(timeline.getZone()).isEqualTo(ZoneId.of("Asia/Damascus"));
    }
}
