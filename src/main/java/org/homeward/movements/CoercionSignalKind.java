package org.homeward.movements;

/** The patterns in voluntariness records that may mean someone was pressed to sign. */
public enum CoercionSignalKind {
    /** One officer recorded many forms within minutes, across households. */
    OFFICER_BURST,
    /** Every adult of a household was recorded within seconds by the same officer. */
    HOUSEHOLD_IN_SECONDS,
    /** The same witness signed records of many households. */
    WITNESS_EVERYWHERE,
    /** A person of a household withdrew, then signed again within days. */
    WITHDRAW_AND_RESIGN
}
