package org.homeward.movements;

/** A follow-up visit as the due list shows it: with the household's reference and its principal's name. */
record FollowUpLine(
        FollowUpVisit visit,
        String reference,
        String principalNameArabic,
        String principalNameLatin,
        String destinationPcode) {}
