package org.homeward.registry;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * Identifiers of households and individuals: UUIDs of version 7 (RFC 9562), which begin with the
 * millisecond of their making and grow with every one made in this process. Records written one
 * after another then sit next to one another in every index keyed by them, so PostgreSQL appends to
 * the right edge of those indexes instead of touching a random page per row; a bulk import writes
 * several times less to disk this way. The rest of each identifier is random, so identifiers stay
 * unguessable. They reveal roughly when a record was made, which the record's own history shows
 * to anyone allowed to open it.
 */
final class RecordIds {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT = 0x8000_0000_0000_0000L;
    private static final long SEQUENCE_B_MASK = 0x3fff_ffff_ffff_ffffL;
    private static final RecordIds SHARED = new RecordIds(System::currentTimeMillis, new SecureRandom());

    private final LongSupplier millis;
    private final SecureRandom random;
    private long lastMillis = -1;
    /** 12 bits after the version, then 62 bits after the variant: together one counter within a millisecond. */
    private long sequenceA;

    private long sequenceB;

    RecordIds(LongSupplier millis, SecureRandom random) {
        this.millis = millis;
        this.random = random;
    }

    /** The next identifier of this process: greater than every earlier one, byte by byte. */
    static UUID next() {
        return SHARED.nextId();
    }

    synchronized UUID nextId() {
        long now = millis.getAsLong();
        if (now > lastMillis) {
            lastMillis = now;
            // Start low in the counter's room, so that many identifiers fit in one millisecond.
            sequenceA = random.nextInt(1 << 11);
            sequenceB = random.nextLong() >>> 3;
        } else {
            // The same millisecond, or the clock went back: count on from the last identifier.
            sequenceB += 1 + (random.nextInt() & 0xffff);
            if (sequenceB > SEQUENCE_B_MASK) {
                sequenceB &= SEQUENCE_B_MASK;
                sequenceA++;
                if (sequenceA >= 1 << 12) {
                    sequenceA = 0;
                    lastMillis++;
                }
            }
        }
        long mostSignificant = (lastMillis << 16) | VERSION_7 | sequenceA;
        long leastSignificant = VARIANT | sequenceB;
        return new UUID(mostSignificant, leastSignificant);
    }
}
