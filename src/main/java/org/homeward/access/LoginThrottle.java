package org.homeward.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without locking anybody out. Failed sign-ins are counted per
 * (account, client address) pair and per client address; past a few free failures each further
 * attempt must wait, the wait doubling with every failure up to a cap. A stranger guessing at an
 * account from their address only slows themselves: the real user, from another address, signs in
 * as usual. The counts live in this process's memory (bounded, oldest forgotten first), so several
 * Homeward processes behind one load balancer each count on their own.
 */
@Component
class LoginThrottle {

    static final int REMEMBERED_KEYS = 100_000;
    private final AccountProperties.Login policy;
    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > REMEMBERED_KEYS;
        }
    };

    LoginThrottle(AccountProperties properties, Clock clock) {
        this.policy = properties.login();
        this.clock = clock;
    }

    /** How long the next attempt at this account from this address must still wait; zero when it may go ahead. */
    synchronized Duration waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration pair = waitFor(pairKey(username, address), policy.freeFailuresPerAccountAndAddress(), now);
        Duration whole = waitFor(addressKey(address), policy.freeFailuresPerAddress(), now);
        return pair.compareTo(whole) >= 0 ? pair : whole;
    }

    synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        count(pairKey(username, address), now);
        count(addressKey(address), now);
    }

    /** A right password clears the pair's count; the address keeps its count so that one known password cannot wash a spray clean. */
    synchronized void succeeded(String username, String address) {
        failures.remove(pairKey(username, address));
    }

    private Duration waitFor(String key, int free, Instant now) {
        Failures counted = current(key, now);
        if (counted == null || counted.count() < free) {
            return Duration.ZERO;
        }
        Duration wait = policy.firstWait().multipliedBy(1L << Math.min(30, counted.count() - free));
        if (wait.compareTo(policy.longestWait()) > 0) {
            wait = policy.longestWait();
        }
        Duration left = Duration.between(now, counted.last().plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void count(String key, Instant now) {
        Failures counted = current(key, now);
        failures.put(key, new Failures(counted == null ? 1 : counted.count() + 1, now));
    }

    private Failures current(String key, Instant now) {
        Failures counted = failures.get(key);
        if (counted != null && counted.last().plus(policy.forgetAfter()).isBefore(now)) {
            failures.remove(key);
            return null;
        }
        return counted;
    }

    private static String pairKey(String username, String address) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > 64 ? name.substring(0, 64) : name) + "@" + address;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private record Failures(int count, Instant last) {}
}
