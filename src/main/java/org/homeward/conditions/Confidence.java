package org.homeward.conditions;

/** How sure the source said it was of a value. */
enum Confidence {
    HIGH,
    MEDIUM,
    LOW
}
