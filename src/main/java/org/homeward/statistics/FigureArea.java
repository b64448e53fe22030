package org.homeward.statistics;

/** Where a published figure applies: all of Syria, one administrative unit (a P-code), or one country of asylum. */
enum FigureArea {
    NATIONAL,
    AREA,
    COUNTRY
}
