package org.homeward.linkage.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The standardise stage: brings a {@link LinkageRecord} to a {@link StandardRecord}. Thread-safe;
 * keeps one copy of each distinct standardised name (names repeat a great deal), up to a bound.
 */
public final class Standardiser {

    private static final int CACHE_LIMIT = 500_000;
    private final Map<String, StandardName> names = new ConcurrentHashMap<>();
    /** Places repeat even more than names (a few thousand P-codes): one copy each saves ~50 bytes a record. */
    private final Map<String, String> places = new ConcurrentHashMap<>();

    public StandardRecord standardise(LinkageRecord record) {
        StandardName[] chain;
        if (record.givenName() != null
                && (record.givenName().trim().indexOf(' ') > 0
                        || record.givenName().indexOf('-') > 0)) {
            chain = NameStandardiser.chain(
                    record.givenName(), record.fatherName(), record.grandfatherName(), record.familyName());
        } else {
            chain = new StandardName[] {
                name(record.givenName(), NameRole.GIVEN),
                name(record.fatherName(), NameRole.FATHER),
                name(record.grandfatherName(), NameRole.GRANDFATHER),
                name(record.familyName(), NameRole.FAMILY)
            };
        }
        return new StandardRecord(
                record.id(),
                blankToNull(record.source()),
                blankToNull(record.householdId()),
                chain,
                Identifiers.sex(record.sex()),
                record.birthDate(),
                Identifiers.phone(record.phone()),
                Identifiers.document(record.document()),
                place(Identifiers.place(record.place())),
                AddressComparator.words(record.address()));
    }

    private StandardName name(String raw, NameRole role) {
        if (raw == null || raw.isBlank()) {
            return StandardName.EMPTY;
        }
        String key = role.ordinal() + raw;
        StandardName cached = names.get(key);
        if (cached != null) {
            return cached;
        }
        StandardName standard = NameStandardiser.standardise(raw, role);
        if (names.size() < CACHE_LIMIT) {
            names.put(key, standard);
        }
        return standard;
    }

    /**
     * A record to be held for a long time (the on-entry index): standardised as {@link #standardise}
     * does, with its names, birth date and household id shared with every record held before that has
     * the same ones. Names and dates repeat a great deal, so a registry of millions holds each distinct
     * one once rather than a copy per person (see docs/linkage.md). Not thread-safe: one writer.
     */
    public StandardRecord standardiseToKeep(LinkageRecord record) {
        return keep(standardise(record));
    }

    /** A standardised record with its parts shared as {@link #standardiseToKeep} shares them; one writer at a time. */
    StandardRecord keep(StandardRecord standard) {
        StandardName[] chain = standard.names();
        for (int link = 0; link < chain.length; link++) {
            chain[link] = kept.name(chain[link]);
        }
        return standard.sharing(kept.date(standard.birthDate()), kept.household(standard.householdId()));
    }

    /** Distinct records' parts held once: names by what they hold, birth dates by value, the last household. */
    private final KeptParts kept = new KeptParts();

    private static final class KeptParts {
        private final Map<NameKey, StandardName> names = new java.util.HashMap<>();
        private final Map<String, String> words = new java.util.HashMap<>();
        private final Map<LinkageDate, LinkageDate> dates = new java.util.HashMap<>();
        private String household;

        /** A name's identity: what it holds (the tokens, skeleton and loose forms follow from these). */
        private record NameKey(String arabic, String latin, String arabicTokens, String latinTokens, int listedId) {}

        StandardName name(StandardName name) {
            if (name.isEmpty()) {
                return name;
            }
            NameKey key =
                    new NameKey(name.arabic(), name.latin(), name.arabicTokens(), name.latinTokens(), name.listedId());
            StandardName known = names.get(key);
            if (known != null) {
                return known;
            }
            StandardName shared = name.withParts(this::word);
            names.put(
                    new NameKey(
                            shared.arabic(),
                            shared.latin(),
                            shared.arabicTokens(),
                            shared.latinTokens(),
                            shared.listedId()),
                    shared);
            return shared;
        }

        private String word(String text) {
            if (text == null) {
                return null;
            }
            String known = words.putIfAbsent(text, text);
            return known == null ? text : known;
        }

        LinkageDate date(LinkageDate date) {
            LinkageDate known = dates.putIfAbsent(date, date);
            return known == null ? date : known;
        }

        /** Members of one household are mostly read one after another: they share the first's id. */
        String household(String id) {
            if (id != null && id.equals(household)) {
                return household;
            }
            household = id;
            return id;
        }
    }

    private String place(String place) {
        if (place == null || place.isEmpty()) {
            return place;
        }
        String known = places.get(place);
        if (known != null) {
            return known;
        }
        if (places.size() < CACHE_LIMIT) {
            places.putIfAbsent(place, place);
        }
        return place;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
