package org.homeward.linkage.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The maintained list of given names and their spellings in both scripts
 * ({@code /linkage/given-names.tsv}): which spellings are one name and which names are different
 * names, however alike they sound. محمد, Mohammad and Mhd are one name; محمد and محمود, or Ahmad
 * and Hamad, share their consonants but are different names, and brothers often carry exactly these.
 * A spelling not in the list is recognised when the engine's spelling rules make it a variant of
 * the spellings of exactly one listed name (Mouhamed); otherwise it is unknown and the rules alone
 * compare it. Loaded once; immutable.
 */
final class NameVariants {

    /** The name of a spelling nobody listed (or listed under two names). */
    static final int UNKNOWN = -1;

    private static final int AMBIGUOUS = -2;
    private static final String RESOURCE = "/linkage/given-names.tsv";

    private final Map<String, Integer> byArabic = new HashMap<>();
    private final Map<String, Integer> byLatin = new HashMap<>();
    /** Listed spellings by loose consonant skeleton, to recognise unlisted spellings by the rules. */
    private final Map<String, List<Listed>> byLoose = new HashMap<>();

    private final List<String> labels = new ArrayList<>();
    /** The spellings of each listed name, as the list writes them, in both scripts. */
    private final List<List<String>> spellings = new ArrayList<>();

    private record Listed(StandardName name, int id) {}

    private static final class Holder {
        static final NameVariants LIST = load();
    }

    static NameVariants list() {
        return Holder.LIST;
    }

    private static NameVariants load() {
        return parse(resourceLines());
    }

    /** The lines of the list as shipped. */
    static List<String> resourceLines() {
        try (InputStream in = NameVariants.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The name list " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A list from its lines (a label, Arabic spellings, Latin spellings, tab-separated; # for comments). */
    static NameVariants parse(List<String> lines) {
        NameVariants variants = new NameVariants();
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("#")) {
                variants.add(line.split("\t"));
            }
        }
        return variants;
    }

    private void add(String[] columns) {
        int id = labels.size();
        labels.add(columns[0]);
        List<String> written = new ArrayList<>();
        spellings.add(written);
        for (int column = 1; column < columns.length; column++) {
            for (String spelling : columns[column].split(",")) {
                if (spelling.isBlank()) {
                    continue;
                }
                written.add(spelling.strip());
                StandardName name =
                        NameStandardiser.words(spelling, NameRole.GIVEN).unlisted();
                if (name.isEmpty()) {
                    continue;
                }
                put(byArabic, name.arabic(), id);
                put(byLatin, name.latin(), id);
                String loose = name.arabicLoose() != null ? "a" + name.arabicLoose() : "l" + name.latinLoose();
                byLoose.computeIfAbsent(loose, k -> new ArrayList<>()).add(new Listed(name, id));
            }
        }
    }

    private static void put(Map<String, Integer> map, String key, int id) {
        if (key != null) {
            map.merge(key, id, (old, added) -> old.equals(added) ? old : AMBIGUOUS);
        }
    }

    /** The listed name this standardised spelling is, or {@link #UNKNOWN}. */
    int idOf(StandardName name) {
        int arabic = name.arabic() == null ? UNKNOWN : byArabic.getOrDefault(name.arabic(), UNKNOWN);
        if (arabic >= 0) {
            return arabic;
        }
        int latin = name.latin() == null ? UNKNOWN : byLatin.getOrDefault(name.latin(), UNKNOWN);
        if (latin >= 0) {
            return latin;
        }
        if (arabic == AMBIGUOUS || latin == AMBIGUOUS) {
            return UNKNOWN;
        }
        return byRules(name);
    }

    /**
     * The one listed name the spelling rules make this spelling a variant of, or {@link #UNKNOWN}.
     * Only spellings of the same script are tried: across scripts the rules leave final vowels open
     * (Rama would pass for رامي).
     */
    private int byRules(StandardName name) {
        int found = UNKNOWN;
        String[] keys = {
            name.arabicLoose() == null ? null : "a" + name.arabicLoose(),
            name.latinLoose() == null ? null : "l" + name.latinLoose()
        };
        for (String loose : keys) {
            for (Listed listed : loose == null ? List.<Listed>of() : byLoose.getOrDefault(loose, List.of())) {
                if (listed.id() != found && NameComparator.ruleLevel(name, listed.name()) >= NameComparator.VARIANT) {
                    if (found != UNKNOWN) {
                        return UNKNOWN;
                    }
                    found = listed.id();
                }
            }
        }
        return found;
    }

    /** The spellings the list gives for a listed name, in both scripts; empty for {@link #UNKNOWN}. */
    List<String> spellings(int id) {
        return id >= 0 && id < spellings.size() ? List.copyOf(spellings.get(id)) : List.of();
    }

    /** The label of a listed name (for explanations and tests). */
    String label(int id) {
        return id >= 0 && id < labels.size() ? labels.get(id) : "";
    }

    int size() {
        return labels.size();
    }
}
