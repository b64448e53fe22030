package org.homeward.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LookupRateLimiterTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T08:00:00Z"));
    private final LookupRateLimiter limiter =
            new LookupRateLimiter(new LookupLimits(3, Duration.ofMinutes(1)), clock, null, null);

    @Test
    void letsThroughTheLimitWithinTheWindowAndRefusesTheNext() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("arrival", "amal")).isZero();
            clock.advance(Duration.ofSeconds(10));
        }
        assertThat(limiter.tryAcquire("arrival", "amal"))
                .as("the first lookup leaves the window 30 s later")
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aRefusedLookupDoesNotPushTheWindowFurther() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("arrival", "amal");
        }
        for (int i = 0; i < 20; i++) {
            assertThat(limiter.tryAcquire("arrival", "amal")).isPositive();
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire("arrival", "amal")).isZero();
    }

    @Test
    void countsEachUserAndEachKindApart() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("arrival", "amal");
        }
        assertThat(limiter.tryAcquire("arrival", "amal")).isPositive();
        assertThat(limiter.tryAcquire("arrival", "basel")).isZero();
        assertThat(limiter.tryAcquire("household", "amal")).isZero();
    }

    @Test
    void theWindowSlidesRatherThanStartingAgainAtFixedTimes() {
        limiter.tryAcquire("arrival", "amal");
        clock.advance(Duration.ofSeconds(50));
        limiter.tryAcquire("arrival", "amal");
        limiter.tryAcquire("arrival", "amal");
        clock.advance(Duration.ofSeconds(15));
        assertThat(limiter.tryAcquire("arrival", "amal"))
                .as("the first one left the window")
                .isZero();
        assertThat(limiter.tryAcquire("arrival", "amal"))
                .as("the two of 15 s ago are still in it")
                .isPositive();
    }

    @Test
    void refusesLimitsThatCouldNeverLetALookupThrough() {
        assertThatThrownBy(() -> new LookupLimits(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookupLimits(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
