package org.homeward.registry;

/** How an individual relates to the household's principal. */
public enum Relationship {
    PRINCIPAL,
    SPOUSE,
    SON,
    DAUGHTER,
    FATHER,
    MOTHER,
    BROTHER,
    SISTER,
    GRANDCHILD,
    OTHER_RELATIVE,
    NON_RELATIVE
}
