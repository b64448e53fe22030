package org.homeward.demo;

import org.homeward.registry.ReturnType;

/**
 * A count of individuals of one kind (year, return type, country of asylum, outcome) that the
 * generator still has to register; it counts down as households are made.
 */
final class GenerationCell {

    private final int year;
    private final ReturnType returnType;
    private final String countryOfAsylum;
    private final JourneyOutcome outcome;
    private long remaining;

    GenerationCell(ReturnFigure figure, JourneyOutcome outcome) {
        this.year = figure.year();
        this.returnType = figure.returnType();
        this.countryOfAsylum = figure.countryOfAsylum();
        this.outcome = outcome;
        this.remaining = figure.individuals();
    }

    int year() {
        return year;
    }

    ReturnType returnType() {
        return returnType;
    }

    String countryOfAsylum() {
        return countryOfAsylum;
    }

    JourneyOutcome outcome() {
        return outcome;
    }

    long remaining() {
        return remaining;
    }

    void take(int individuals) {
        if (individuals > remaining) {
            throw new IllegalStateException(
                    "Cell " + year + "/" + countryOfAsylum + " has only " + remaining + " left");
        }
        remaining -= individuals;
    }
}
