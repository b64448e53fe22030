package org.homeward.demo;

import java.util.List;

/**
 * A name in Arabic script with its Latin spellings, the most usual first, and a weight saying
 * how common it is. The key is unique across all name lists.
 */
record NameEntry(int key, String arabic, List<String> latinSpellings, double weight) {

    public NameEntry {
        latinSpellings = List.copyOf(latinSpellings);
        if (latinSpellings.isEmpty()) {
            throw new IllegalArgumentException("The name " + arabic + " has no Latin spelling");
        }
    }

    /** The most usual Latin spelling. */
    public String latin() {
        return latinSpellings.get(0);
    }
}
