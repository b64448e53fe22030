package org.homeward.documentation;

/** A work queue: the caller's cases, the unassigned cases of their scope, or every case of their scope. */
public enum CaseQueue {
    MINE,
    UNASSIGNED,
    ALL
}
