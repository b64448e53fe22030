package org.homeward.linkage.engine;

import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * One blocking rule: records with the same key are compared. A key of 0 means the record has
 * no key under this rule (a value it needs is missing). {@code fields} are the fields the key
 * is made of: pairs of this rule agree on them by construction, so estimation leaves them out.
 * {@code estimating} rules are specific enough that most of their pairs are one person; the
 * others (a father, grandfather and family name shared by brothers) only find candidates, so
 * that relatives do not teach the model what a match looks like.
 */
record BlockingRule(String name, Set<LinkageField> fields, boolean estimating, ToLongFunction<StandardRecord> key) {

    public long keyOf(StandardRecord record) {
        return key.applyAsLong(record);
    }

    /** A 64-bit hash of the parts; 0 when any part is null or empty. */
    static long hash(Object... parts) {
        long hash = 0x9E3779B97F4A7C15L;
        for (Object part : parts) {
            if (part == null) {
                return 0;
            }
            String text = part.toString();
            if (text.isEmpty()) {
                return 0;
            }
            for (int i = 0; i < text.length(); i++) {
                hash = (hash ^ text.charAt(i)) * 0x100000001B3L;
            }
            hash = mix(hash ^ 0x2F);
        }
        return hash == 0 ? 1 : hash;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
