package org.homeward.linkage;

import org.homeward.access.AuditAction;

/** The actions duplicate detection records in the audit trail: checks, batch runs, the review queue's decisions and reference snapshots. */
enum LinkageAuditAction implements AuditAction {
    CHECK_LIKELY_DUPLICATES,
    DUPLICATE_RUN_STARTED,
    DUPLICATE_RUN,
    READ_DUPLICATE_QUEUE,
    DUPLICATE_SAME,
    DUPLICATE_DIFFERENT,
    DUPLICATE_UNMERGE,
    DOWNLOAD_REFERENCE_SNAPSHOT
}
