package org.homeward.statistics;

/** What happened to a published figure, as its history stores it. */
enum PublishedFigureEventType {
    RECORDED,
    CHANGED
}
