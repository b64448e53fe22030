package org.homeward.statistics;

/** What one counts: people, or households (each counted through its principal member). */
enum CountUnit {
    INDIVIDUALS,
    HOUSEHOLDS
}
