package org.homeward.movements;

import java.time.LocalDate;

/** A voluntariness form that passed every rule, ready to be kept. */
record VoluntarinessForm(
        VoluntarinessPlaceType placeType,
        String placeName,
        String interviewLanguage,
        String readAloudBy,
        String interpreter,
        String witness,
        String briefingLanguage,
        String briefingDigest,
        String bestInterestsBy,
        LocalDate bestInterestsOn,
        BestInterestsOutcome bestInterestsOutcome,
        String bestInterestsReference) {}
