package org.homeward.statistics;

import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * Where statistics get reception capacity and occupancy from: implemented by the reception
 * feature as a Spring bean. Until one exists, every reception indicator says "not available"
 * rather than showing a number nobody counted. Areas are P-code prefixes (null: all of Syria).
 */
public interface ReceptionFiguresSource {

    /** Places, in persons, in the reception sites open on the day. */
    OptionalLong places(LocalDate day, String area);

    /** Persons staying in reception sites on the day (checked in and not yet out). */
    OptionalLong occupancy(LocalDate day, String area);
}
