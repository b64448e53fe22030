package org.homeward.statistics;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A number another body published: what it counts, for which days and where, who published it
 * and when, where to find it, and what its publisher meant by it.
 */
public record PublishedFigure(
        long id,
        FigureIndicator indicator,
        long value,
        LocalDate periodFrom,
        LocalDate periodTo,
        FigureArea areaType,
        String areaCode,
        String sourceOrganisation,
        LocalDate publishedOn,
        String citation,
        String link,
        String definitionNote,
        boolean shipped,
        long version,
        Instant recordedAt,
        String recordedBy,
        Instant updatedAt,
        String updatedBy) {}
