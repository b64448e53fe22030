package org.homeward.registry;

import java.util.List;

/**
 * A page of search results. {@code total} counts the matches; when {@code moreThanTotal} is true the
 * search stopped counting there (a common name matches tens of thousands of people, and only the best
 * ranked are looked at), so there are more matches than {@code total}.
 */
public record SearchPage<T>(List<T> items, int page, int size, long total, boolean moreThanTotal) {

    public SearchPage(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }
}
