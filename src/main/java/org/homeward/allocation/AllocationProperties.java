package org.homeward.allocation;

import org.homeward.allocation.engine.AllocationWeights;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weights of allocation runs, from {@code homeward.allocation.*}; the defaults are the engine's
 * ({@link AllocationWeights#defaults()}), which docs/allocation.md explains; and how long a bulk acceptance's
 * server may stay silent before another server (or the same one restarted) takes the acceptance over;
 * the same for an allocation run, and how many servers may begin one run before it is failed instead.
 */
@ConfigurationProperties("homeward.allocation")
record AllocationProperties(
        @DefaultValue("25000") double leftWaiting,
        @DefaultValue("100") double vulnerability,
        @DefaultValue("20") double waitingMonth,
        @DefaultValue("24") int waitingMonthsCap,
        @DefaultValue("1") double distance,
        @DefaultValue("30") double fullness,
        @DefaultValue("15") double awayFromCommunity,
        @DefaultValue("30s") java.time.Duration acceptanceSilentAfter,
        @DefaultValue("30s") java.time.Duration runSilentAfter,
        @DefaultValue("3") int runAttempts) {

    /** The weights as the engine takes them; a negative or infinite weight stops the application from starting. */
    AllocationWeights weights() {
        return new AllocationWeights(
                leftWaiting, vulnerability, waitingMonth, waitingMonthsCap, distance, fullness, awayFromCommunity);
    }
}
