package org.homeward.movements;

/** A field of an intention that a column of a survey export can feed, as named in a column mapping. */
enum IntentionField {
    /** The household's reference, in either form the registry accepts. */
    REFERENCE,
    /** A member's document number, when the reference is not known. */
    DOCUMENT_NUMBER,
    INTENTION,
    /** A P-code or place name. */
    DESTINATION,
    /** Choices of the condition code list, as a select-multiple answer (several in one cell). */
    CONDITIONS,
    GO_AND_SEE,
    /** The day of the interview. */
    STATED_ON,
    /** The survey tool's own id of the submission (KoBo's {@code _uuid}, ODK's {@code KEY}). */
    SUBMISSION_ID;

    /** Whether the mapping may translate this field's values (choice names or labels into codes). */
    boolean hasChoices() {
        return this == INTENTION || this == CONDITIONS || this == GO_AND_SEE;
    }
}
