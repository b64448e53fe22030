package org.homeward.linkage.engine;

import org.homeward.linkage.engine.LinkageDate.Precision;

/**
 * Compares dates of birth of different precision: the same day; agreeing as far as the less
 * precise one goes (month, year); a typing slip (day and month swapped, one digit wrong or two
 * transposed); a year or two apart; different.
 */
public final class BirthDateComparator {

    public static final int MISSING = -1;
    public static final int DIFFERENT = 0;
    public static final int YEARS_APART = 1;
    public static final int SLIP = 2;
    public static final int SAME_YEAR = 3;
    public static final int SAME_MONTH = 4;
    public static final int SAME_DAY = 5;

    private BirthDateComparator() {
    }

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
        int[] dx = new int[8];
        int[] dy = new int[8];
        for (int i = 7; i >= 0; i--) {
            dx[i] = x % 10;
            dy[i] = y % 10;
            x /= 10;
            y /= 10;
        }
        int first = -1;
        int differences = 0;
        for (int i = 0; i < 8; i++) {
            if (dx[i] != dy[i]) {
                if (first < 0) {
                    first = i;
                }
                differences++;
            }
        }
        if (differences == 1) {
            return true;
        }
        return differences == 2 && first < 7 && dx[first] == dy[first + 1] && dx[first + 1] == dy[first];
    }
}
