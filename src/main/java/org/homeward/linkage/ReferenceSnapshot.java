package org.homeward.linkage;

import java.time.Instant;
import java.util.List;

/**
 * What a device downloads to check new registrations against the people already registered in its
 * officer's scope, without a connection: per person only the household's reference, sex, birth year
 * (and month when known) and the folded keys of each part of the name chain with the listed name each
 * spells. No name as written, phone, document or place is in it.
 */
record ReferenceSnapshot(Instant generatedAt, int people, List<Entry> entries) {

    /** One registered person as the device compares them. */
    record Entry(
            String household,
            String sex,
            Integer birthYear,
            Integer birthMonth,
            String birthPrecision,
            List<String> given,
            List<String> father,
            List<String> grandfather,
            List<String> family,
            String givenListed,
            String fatherListed,
            String grandfatherListed) {}
}
