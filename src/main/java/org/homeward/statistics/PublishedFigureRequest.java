package org.homeward.statistics;

/**
 * A published figure as entered on the form or sent to the API: every value as text, so that each
 * wrong one is reported by field. {@code version} is the one read, when changing a figure.
 */
record PublishedFigureRequest(
        String indicator,
        String value,
        String periodFrom,
        String periodTo,
        String areaType,
        String areaCode,
        String sourceOrganisation,
        String publishedOn,
        String citation,
        String link,
        String definitionNote,
        Long version) {}
