package org.homeward.movements;

import java.util.List;

/** A movement's reconciliation: the manifest with boarded against arrived per person, and the alerts it raised. */
record ReconciliationView(BoardingSheet sheet, List<MissingPersonAlert> alerts) {

    public ReconciliationView {
        alerts = List.copyOf(alerts);
    }

    /** The person of the manifest with this id, for naming them beside their alert. */
    public java.util.Optional<BoardingTraveller> traveller(java.util.UUID individualId) {
        return sheet.households().stream()
                .flatMap(line -> line.persons().stream())
                .filter(person -> person.individualId().equals(individualId))
                .findFirst();
    }
}
