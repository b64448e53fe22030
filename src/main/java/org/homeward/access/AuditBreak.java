package org.homeward.access;

/**
 * The first place where the audit chain does not hold, and why.
 *
 * @param entryId the entry that fails (for a truncation: the anchored entry that is gone)
 * @param kind    what was found
 * @param detail  a sentence for the administrator, without personal data
 */
public record AuditBreak(long entryId, Kind kind, String detail) {

    /** What verification found at the break. */
    public enum Kind {
        /** The entry's fields or hash were changed after it was written. */
        CHANGED,
        /** Entries are missing from the chain before this one. */
        REMOVED,
        /** The entry's hash was recomputed by someone without the key (the database's own digest). */
        RECHAINED_WITHOUT_KEY,
        /** The entry no longer has the hash an anchor wrote down: the chain was rewritten from it on. */
        DIFFERS_FROM_ANCHOR,
        /** Entries that an anchor saw are gone from the end of the chain. */
        TRUNCATED_AFTER_ANCHOR
    }
}
