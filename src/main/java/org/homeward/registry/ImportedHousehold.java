package org.homeward.registry;

import java.time.LocalDate;
import java.util.List;

/** One household read from an import file: its key, its rows, what it asks to register, and what is wrong with its rows. */
record ImportedHousehold(
        String key,
        List<InterchangeRow> rows,
        RegisterHouseholdRequest request,
        List<String> individualKeys,
        LocalDate registeredOn,
        LocalDate returnedOn,
        ImportedConsent consent,
        List<ImportProblem> problems) {

    long firstRow() {
        return rows.get(0).number();
    }
}
