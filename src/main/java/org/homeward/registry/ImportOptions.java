package org.homeward.registry;

import java.nio.file.Path;

/**
 * How to import: whether to import the valid households of a file that has invalid ones (writing the
 * rejected rows with their reasons to {@code rejectedRows}), who is named as the author of the
 * registrations, how many households go into one transaction, and who is named in the audit trail
 * as having run the import.
 */
public record ImportOptions(boolean skipInvalid, Path rejectedRows, String actor, int batchSize, String auditActor) {

    public static final int DEFAULT_BATCH_SIZE = 2000;
    /** The audit trail's name for work that no signed-in person started. */
    static final String SYSTEM = "system";

    public ImportOptions {
        if (batchSize <= 0) {
            batchSize = DEFAULT_BATCH_SIZE;
        }
        if (auditActor == null || auditActor.isBlank()) {
            auditActor = SYSTEM;
        }
    }

    /** Options whose import the audit trail attributes to the system. */
    public ImportOptions(boolean skipInvalid, Path rejectedRows, String actor, int batchSize) {
        this(skipInvalid, rejectedRows, actor, batchSize, SYSTEM);
    }
}
