package org.homeward.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.random.RandomGenerator;
import org.apache.commons.csv.CSVRecord;

/** One list of names (male given names, female given names or family names) with their weights. */
final class NameList {

    /** Tries before giving up on drawing a name outside a set of names to avoid. */
    private static final int AVOIDING_TRIES = 20;

    private final List<NameEntry> entries;
    private final WeightedSampler<NameEntry> sampler;

    NameList(List<NameEntry> entries) {
        this.entries = List.copyOf(entries);
        this.sampler = WeightedSampler.of(this.entries, NameEntry::weight);
    }

    /** Reads a list in the layout {@code arabic,weight,latin} with Latin spellings separated by '|'. */
    static NameList load(String resource, int firstKey) {
        List<NameEntry> entries = new ArrayList<>();
        for (CSVRecord record : DemoResources.csvRecords(resource)) {
            List<String> spellings = Arrays.stream(record.get("latin").split("\\|"))
                    .map(String::trim)
                    .filter(spelling -> !spelling.isEmpty())
                    .toList();
            entries.add(new NameEntry(
                    firstKey + entries.size(),
                    record.get("arabic"),
                    spellings,
                    Double.parseDouble(record.get("weight"))));
        }
        return new NameList(entries);
    }

    public List<NameEntry> entries() {
        return entries;
    }

    NameEntry sample(RandomGenerator random) {
        return sampler.sample(random);
    }

    /** A name other than those given, as parents rarely give two children the same name. */
    NameEntry sampleAvoiding(RandomGenerator random, Collection<NameEntry> avoid) {
        NameEntry entry = sampler.sample(random);
        for (int i = 0; i < AVOIDING_TRIES && avoid.contains(entry); i++) {
            entry = sampler.sample(random);
        }
        return entry;
    }
}
