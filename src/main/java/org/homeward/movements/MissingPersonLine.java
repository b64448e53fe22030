package org.homeward.movements;

import java.time.LocalDate;

/**
 * An alert as the coordinators' queue shows it: with the household's reference, the person's name
 * and the movement's day, so that they can be looked for.
 */
record MissingPersonLine(
        MissingPersonAlert alert, String reference, String nameArabic, String nameLatin, LocalDate departedOn) {}
