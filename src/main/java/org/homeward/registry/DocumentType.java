package org.homeward.registry;

/** Kinds of identity and civil documents an individual may hold. */
public enum DocumentType {
    NATIONAL_ID,
    PASSPORT,
    FAMILY_BOOKLET,
    BIRTH_CERTIFICATE,
    UNHCR_CERTIFICATE,
    OTHER
}
