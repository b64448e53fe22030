package org.homeward.registry;

import java.util.List;

/** A page of search results. */
public record SearchPage<T>(List<T> items, int page, int size, long total) {
}
