package org.homeward.offline;

import org.homeward.problems.ProblemCode;

/**
 * The problem codes of offline registration: each word a program or page may be answered with, the same on the wire
 * and in the message key {@code problem.<CODE>}.
 */
public enum OfflineProblemCode implements ProblemCode {
    BUNDLE_DEVICE_UNKNOWN,
    BUNDLE_NOT_DECRYPTABLE,
    BUNDLE_OFFICER_DISABLED,
    BUNDLE_SIGNATURE_INVALID,
    BUNDLE_TOO_LARGE,
    BUNDLE_TOO_MANY_RECORDS,
    BUNDLE_UNREADABLE,
    BUNDLE_WRONG_SERVER_KEY,
    OFFLINE_CLIENT_ID_MISSING,
    OFFLINE_CLIENT_ID_TAKEN,
    OFFLINE_DEVICE_ID_MISSING,
    OFFLINE_DEVICE_LABEL_INVALID,
    OFFLINE_DEVICE_UNKNOWN,
    OFFLINE_HOUSEHOLD_MISSING,
    OFFLINE_REFERENCE_ALREADY_USED,
    OFFLINE_REFERENCE_COUNT_INVALID,
    OFFLINE_REFERENCE_EXPIRED,
    OFFLINE_REFERENCE_NOT_RESERVED,
    OFFLINE_SIGNING_KEY_INVALID,
    OFFLINE_SYNC_EMPTY,
    OFFLINE_SYNC_TOO_MANY
}
