package org.homeward.registry;

/** What to search households by; any may be empty, at least one must be given. */
public record SearchCriteria(String name, String documentNumber, String phone) {
}
