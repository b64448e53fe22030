package org.homeward.conditions;

/** How a source came by a value: people who know the place, a survey of households, or from afar. */
enum AssessmentMethod {
    KEY_INFORMANTS,
    HOUSEHOLD_SURVEY,
    REMOTE
}
