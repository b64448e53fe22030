package org.homeward.movements;

import java.util.List;
import java.util.UUID;

/**
 * One household of a manifest with its persons. A household outside the reader's scope is listed
 * without reference or names ({@code visible} false), so that the counts still add up.
 */
record BoardingLine(UUID householdId, String reference, boolean visible, List<BoardingTraveller> persons) {

    public BoardingLine {
        persons = List.copyOf(persons);
    }

    /** Whether none of its travellers has been boarded or marked a no-show yet. */
    public boolean waiting() {
        return persons.stream()
                .filter(BoardingTraveller::travels)
                .allMatch(person -> BoardingPerson.PENDING.equals(person.boarding()));
    }
}
