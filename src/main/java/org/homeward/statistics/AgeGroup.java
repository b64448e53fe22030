package org.homeward.statistics;

import java.util.List;

/** The age groups statistics use, at the day counted; codes as the summary stores them. */
enum AgeGroup {
    AGE_0_4("0_4", true),
    AGE_5_11("5_11", true),
    AGE_12_17("12_17", true),
    AGE_18_59("18_59", false),
    AGE_60_PLUS("60_plus", false),
    UNKNOWN("unknown", false);

    private final String code;
    private final boolean child;

    AgeGroup(String code, boolean child) {
        this.code = code;
        this.child = child;
    }

    String code() {
        return code;
    }

    /** Under 18 at the day counted. */
    boolean isChild() {
        return child;
    }

    static List<String> codes() {
        return java.util.Arrays.stream(values()).map(AgeGroup::code).toList();
    }
}
