package org.homeward.demo;

import java.time.LocalDate;

/**
 * What to generate: the seed, the day the demo treats as today, how many individuals to register
 * (each real person once; repeated registrations come on top), and the shares of people
 * registered more than once, of journeys still under way and of journeys withdrawn.
 * The same settings always give byte-identical files.
 */
public record DemoSettings(
        long seed,
        LocalDate today,
        long individuals,
        double duplicateShare,
        double pendingShare,
        double withdrawnShare) {

    /**
     * Mean size of the generated households, measured on large runs; used only to turn a wished
     * number of households into a number of individuals.
     */
    public static final double TYPICAL_HOUSEHOLD_SIZE = 4.75;
    /** Share of people registered twice or more. */
    public static final double DEFAULT_DUPLICATE_SHARE = 0.06;
    /** Share of individuals whose journey is under way (intending, registered, in transit, at reception). */
    public static final double DEFAULT_PENDING_SHARE = 0.04;
    /** Share of individuals whose registration was withdrawn before the return. */
    public static final double DEFAULT_WITHDRAWN_SHARE = 0.01;

    public DemoSettings {
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
        if (individuals < 1) {
            throw new IllegalArgumentException("Generate at least one individual");
        }
        checkShare("duplicateShare", duplicateShare, 0.5);
        checkShare("pendingShare", pendingShare, 0.5);
        checkShare("withdrawnShare", withdrawnShare, 0.5);
    }

    public static DemoSettings of(long seed, LocalDate today, long individuals) {
        return new DemoSettings(
                seed, today, individuals, DEFAULT_DUPLICATE_SHARE, DEFAULT_PENDING_SHARE, DEFAULT_WITHDRAWN_SHARE);
    }

    /** About how many individuals make the given number of households. */
    public static long individualsForHouseholds(long households) {
        return Math.max(1, Math.round(households * TYPICAL_HOUSEHOLD_SIZE));
    }

    public DemoSettings withDuplicateShare(double share) {
        return new DemoSettings(seed, today, individuals, share, pendingShare, withdrawnShare);
    }

    /** The last day on which a return can have happened: yesterday. */
    LocalDate lastDayOfReturns() {
        return today.minusDays(1);
    }

    private static void checkShare(String name, double share, double most) {
        if (!(share >= 0 && share <= most)) {
            throw new IllegalArgumentException(name + " must lie between 0 and " + most + ", not " + share);
        }
    }
}
