package org.homeward.movements;

/**
 * Follow-up figures for a return plan's funnel, in persons: of those whose household was visited,
 * how many were at home 3 and 6 months after arriving, how many displaced again, and how many could
 * not be found; and how many visits are due and not yet made.
 */
public record FollowUpFigures(
        long atHomeAt3Months, long atHomeAt6Months, long displacedAgain, long notFound, long visitsDue) {}
