package org.homeward.linkage.engine;

import org.homeward.linkage.engine.LinkageDate.Precision;

/**
 * Compares dates of birth of different precision: the same day; agreeing as far as the less
 * precise one goes (month, year); a typing slip (day and month swapped, one digit wrong or two
 * transposed); a year or two apart; different.
 */
final class BirthDateComparator {

    public static final int MISSING = -1;
    public static final int DIFFERENT = 0;
    public static final int YEARS_APART = 1;
    public static final int SLIP = 2;
    public static final int SAME_YEAR = 3;
    public static final int SAME_MONTH = 4;
    public static final int SAME_DAY = 5;

    private BirthDateComparator() {}

    public static int level(LinkageDate a, LinkageDate b) {
        if (!a.isKnown() || !b.isKnown()) {
            return MISSING;
        }
        boolean bothDays = a.precision() == Precision.DAY && b.precision() == Precision.DAY;
        if (a.year() == b.year()) {
            if (bothDays) {
                if (a.month() == b.month() && a.day() == b.day()) {
                    return SAME_DAY;
                }
                if (a.month() == b.day() && a.day() == b.month() || oneSlip(a, b)) {
                    return SLIP;
                }
                return YEARS_APART;
            }
            if (a.precision() == Precision.YEAR || b.precision() == Precision.YEAR) {
                return SAME_YEAR;
            }
            return a.month() == b.month() ? SAME_MONTH : YEARS_APART;
        }
        if (bothDays && a.month() == b.month() && a.day() == b.day() && oneSlip(a, b)) {
            return SLIP;
        }
        return Math.abs(a.year() - b.year()) <= 2 ? YEARS_APART : DIFFERENT;
    }

    /** Whether the eight digits YYYYMMDD differ in one place or by two neighbours swapped. */
    private static boolean oneSlip(LinkageDate a, LinkageDate b) {
        int x = a.year() * 10000 + a.month() * 100 + a.day();
        int y = b.year() * 10000 + b.month() * 100 + b.day();
        int differences = 0;
        int firstX = 0;
        int firstY = 0;
        int secondX = 0;
        int secondY = 0;
        int position = 0;
        int firstPosition = -1;
        int secondPosition = -1;
        for (int i = 0; i < 8; i++, x /= 10, y /= 10, position++) {
            int dx = x % 10;
            int dy = y % 10;
            if (dx != dy) {
                differences++;
                if (differences == 1) {
                    firstX = dx;
                    firstY = dy;
                    firstPosition = position;
                } else if (differences == 2) {
                    secondX = dx;
                    secondY = dy;
                    secondPosition = position;
                } else {
                    return false;
                }
            }
        }
        return differences == 1
                || differences == 2 && secondPosition == firstPosition + 1 && firstX == secondY && firstY == secondX;
    }
}
