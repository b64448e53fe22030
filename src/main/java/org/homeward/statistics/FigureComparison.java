package org.homeward.statistics;

/**
 * A published figure beside the registry's own number for the same indicator, period and area:
 * the registry's value (null when it counts nothing comparable, or when small-cell protection hides
 * it), the difference registry minus published, and the definition and counting behind the registry's number.
 */
record FigureComparison(
        PublishedFigure figure,
        String indicatorLabel,
        String areaLabel,
        boolean registryCounts,
        Long registryValue,
        boolean registrySuppressed,
        Long difference,
        Double percentOfPublished,
        String registryDefinition,
        String counting) {}
