package org.homeward.movements;

/**
 * A condition a household names as needed before it returns: the documented code list of
 * {@code docs/intentions.md}, in the order surveys usually ask about them.
 */
enum IntentionCondition {
    SAFETY,
    HOUSING,
    SERVICES,
    LIVELIHOODS,
    DOCUMENTS,
    MILITARY_SERVICE,
    PROPERTY,
    OTHER
}
