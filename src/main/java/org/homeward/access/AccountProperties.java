package org.homeward.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How strong a password must be and how failed sign-ins are slowed down ({@code homeward.accounts.*}).
 *
 * @param password what a new password must pass
 * @param login    how failed sign-ins are throttled and how many password hashes may run at once
 */
@ConfigurationProperties("homeward.accounts")
record AccountProperties(
        @DefaultValue Password password, @DefaultValue Login login) {

    /**
     * What a new password must pass.
     *
     * @param minimumScore  zxcvbn's score (0 to 4) a password must reach; 3 means about 10^8 guesses or more
     * @param minimumLength characters a password has at least
     */
    record Password(
            @DefaultValue("3") int minimumScore,
            @DefaultValue("12") int minimumLength) {
        Password {
            minimumScore = Math.max(0, Math.min(4, minimumScore));
            minimumLength = Math.max(8, minimumLength);
        }
    }

    /**
     * How failed sign-ins are throttled.
     *
     * @param freeFailuresPerAccountAndAddress failures of one account from one address before waits begin
     * @param freeFailuresPerAddress           failures from one address, whatever the accounts, before waits begin
     * @param firstWait                        the wait after the first failure past the free ones; it doubles with each further failure
     * @param longestWait                      the cap of the wait
     * @param forgetAfter                      failures older than this (counted from the last one) are forgotten
     * @param concurrentHashes                 password hashes (argon2id) that may run at once; 0 means half the processors, at least one
     * @param hashSlotWait                     how long a sign-in waits for a free hashing slot before it is answered "busy"
     */
    record Login(
            @DefaultValue("3") int freeFailuresPerAccountAndAddress,
            @DefaultValue("30") int freeFailuresPerAddress,
            @DefaultValue("1s") Duration firstWait,
            @DefaultValue("5m") Duration longestWait,
            @DefaultValue("15m") Duration forgetAfter,
            @DefaultValue("0") int concurrentHashes,
            @DefaultValue("2s") Duration hashSlotWait) {

        int hashingSlots() {
            return concurrentHashes > 0
                    ? concurrentHashes
                    : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        }
    }
}
