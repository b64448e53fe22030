package org.homeward.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Decides, household by household, who is registered again, and holds those repeated
 * registrations until they are due a little later in the file. The decision keeps the share of
 * people registered more than once on the configured share: a household is considered only
 * while that share is behind. Only repeated registrations waiting to be written are held, so
 * memory stays bounded however many people are generated.
 */
final class DuplicateRegistrations {

    /** A repeated registration is written within this many households after the first. */
    static final int MOST_HOUSEHOLDS_LATER = 2000;

    private static final double THIRD_REGISTRATION = 0.15;

    /** A repeated registration waiting to be written. */
    private record Scheduled(long dueAfterHousehold, long order, RenderedHousehold registration) {}

    private final double share;
    private final RepeatedRegistrationMaker maker;
    private final PriorityQueue<Scheduled> waiting = new PriorityQueue<>(
            Comparator.comparingLong(Scheduled::dueAfterHousehold).thenComparingLong(Scheduled::order));
    private long persons;
    private long personsRegisteredAgain;
    private long scheduled;

    DuplicateRegistrations(double share, RepeatedRegistrationMaker maker) {
        this.share = share;
        this.maker = maker;
    }

    /** Counts the household's people and perhaps schedules one or two repeated registrations of some of them. */
    void consider(DemoHousehold household, long householdIndex, RandomGenerator random) {
        persons += household.members().size();
        double behind = share * persons - personsRegisteredAgain;
        if (behind <= 0 || random.nextDouble() >= 0.5) {
            return;
        }
        Set<Long> registeredAgain = new HashSet<>();
        long due = householdIndex;
        int registrations = random.nextDouble() < THIRD_REGISTRATION ? 2 : 1;
        for (int i = 0; i < registrations; i++) {
            List<DemoMember> members = maker.chooseMembers(household, random);
            members.forEach(member -> registeredAgain.add(member.person().personId()));
            due += 1 + random.nextInt(MOST_HOUSEHOLDS_LATER);
            waiting.add(new Scheduled(due, scheduled++, maker.make(household, members, random)));
        }
        personsRegisteredAgain += registeredAgain.size();
    }

    /** The repeated registrations due once the given number of households has been written. */
    List<RenderedHousehold> dueAfter(long householdIndex) {
        List<RenderedHousehold> due = new ArrayList<>();
        while (!waiting.isEmpty() && waiting.peek().dueAfterHousehold() <= householdIndex) {
            due.add(waiting.poll().registration());
        }
        return due;
    }

    /** Every registration still waiting, in order; called at the end. */
    List<RenderedHousehold> remaining() {
        return dueAfter(Long.MAX_VALUE);
    }

    int waitingCount() {
        return waiting.size();
    }

    long personsRegisteredAgain() {
        return personsRegisteredAgain;
    }
}
