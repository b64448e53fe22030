package org.homeward.registry;

import java.nio.file.Path;

/**
 * How to import: whether to import the valid households of a file that has invalid ones (writing the
 * rejected rows with their reasons to {@code rejectedRows}), who imports, and how many households
 * go into one transaction.
 */
public record ImportOptions(boolean skipInvalid, Path rejectedRows, String actor, int batchSize) {

    public static final int DEFAULT_BATCH_SIZE = 2000;

    public ImportOptions {
        if (batchSize <= 0) {
            batchSize = DEFAULT_BATCH_SIZE;
        }
    }
}
