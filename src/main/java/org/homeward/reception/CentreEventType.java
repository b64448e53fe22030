package org.homeward.reception;

/** How a centre came to change, as the centre's history stores it. */
enum CentreEventType {
    CREATED,
    UPDATED,
    IMPORTED
}
