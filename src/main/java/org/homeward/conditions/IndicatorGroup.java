package org.homeward.conditions;

/** Where an indicator counts: as a red line, or in one of the index's two groups. */
enum IndicatorGroup {
    RED_LINE,
    LIVELIHOODS_AND_SERVICES,
    SAFETY_AND_SOCIAL_COHESION
}
