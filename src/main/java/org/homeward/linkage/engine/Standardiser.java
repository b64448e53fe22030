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
