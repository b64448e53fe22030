package org.homeward.registry;

import java.time.LocalDate;
import java.util.List;

/** A household from an import file that passed every check, ready to be written. */
record ValidImport(
        String key,
        ValidatedHousehold household,
        List<String> individualKeys,
        LocalDate registeredOn,
        LocalDate returnedOn,
        ImportedConsent consent,
        long firstRow) {}
