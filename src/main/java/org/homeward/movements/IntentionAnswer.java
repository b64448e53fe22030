package org.homeward.movements;

/** What a household answered when asked whether it intends to return home. */
enum IntentionAnswer {
    WITHIN_3_MONTHS,
    WITHIN_12_MONTHS,
    NOT_INTENDING,
    UNDECIDED;

    /** Whether the answer counts the household among those intending to return. */
    public boolean intends() {
        return this == WITHIN_3_MONTHS || this == WITHIN_12_MONTHS;
    }
}
