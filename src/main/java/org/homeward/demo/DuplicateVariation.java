package org.homeward.demo;

/**
 * The ways a repeated registration of a person differs from the first. Every repeated
 * registration is made at another site under another household key, with part or all of the
 * family; the other variations are drawn per registration or per person. docs/demo-data.md
 * lists them with their rates.
 */
enum DuplicateVariation {
    /** Household: the names are spelled by another officer, so each Latin spelling may differ. */
    OTHER_SPELLINGS,
    /** Household: the names are written in other scripts (Arabic only, Latin only or both). */
    OTHER_SCRIPTS,
    /** Household: the grandfather's names are not recorded, or recorded where they were not. */
    OTHER_GRANDFATHER_RECORDING,
    /** Person: the father's name is missing. */
    FATHER_NAME_MISSING,
    /** Person: one name part has a typing slip. */
    NAME_TYPO,
    /** Person: the date of birth is written with the year only, or as the YYYY-01-01 placeholder. */
    BIRTH_YEAR_ONLY,
    /** Person: day and month of the date of birth are swapped. */
    BIRTH_DAY_MONTH_SWAPPED,
    /** Person: the identity document is not recorded. */
    DOCUMENT_NOT_RECORDED,
    /** Person: the phone number is not recorded. */
    PHONE_NOT_RECORDED
}
