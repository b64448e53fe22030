/**
 * Documentation: civil-documentation work for returnees. This part keeps scanned evidence files
 * encrypted at rest with a key held outside the database, with a fingerprint and a chain of
 * custody in the audit trail; a property locker per household that keeps every version of each
 * property document; and referrals to partner organisations, made only where the household's
 * recorded consent covers the partner, with the partner's outcomes recorded back.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documentation")
package org.homeward.documentation;
