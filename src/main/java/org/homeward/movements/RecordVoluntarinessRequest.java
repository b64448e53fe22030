package org.homeward.movements;

/**
 * A voluntariness form for one person, as an officer fills it in with them.
 *
 * @param placeType              one of {@link VoluntarinessPlaceType}; detention and custody are refused
 * @param placeName              the office, village or crossing, in words
 * @param interviewLanguage      ISO 639 code of the language the person was interviewed in, e.g. {@code ar}
 * @param readAloudBy            who read the form aloud to the person (a name or a role)
 * @param interpreter            the interpreter, if any
 * @param witness                the witness, if any
 * @param understood             that the person confirmed they understood the form and may withdraw
 * @param decision               {@code VOLUNTARY_RETURN}
 * @param briefingLanguage       {@code ar} or {@code en}: the language the destination briefing was shown in
 * @param briefingDigest         the digest of the briefing shown, as given with it
 * @param bestInterestsBy        for a child on their own: who assessed the child's best interests
 * @param bestInterestsOn        when (YYYY-MM-DD)
 * @param bestInterestsOutcome   one of {@link BestInterestsOutcome}
 * @param bestInterestsReference the assessment's reference in the case file
 */
public record RecordVoluntarinessRequest(
        String placeType,
        String placeName,
        String interviewLanguage,
        String readAloudBy,
        String interpreter,
        String witness,
        Boolean understood,
        String decision,
        String briefingLanguage,
        String briefingDigest,
        String bestInterestsBy,
        String bestInterestsOn,
        String bestInterestsOutcome,
        String bestInterestsReference) {}
