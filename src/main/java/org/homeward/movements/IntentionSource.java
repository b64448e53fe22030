package org.homeward.movements;

/** Where a recorded intention came from: an officer's form, or a survey file imported. */
enum IntentionSource {
    FORM,
    SURVEY_IMPORT
}
