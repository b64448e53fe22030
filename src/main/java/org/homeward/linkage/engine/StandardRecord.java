package org.homeward.linkage.engine;

/**
 * A record after the standardise stage: what the block, score and cluster stages work on.
 * Immutable; made by {@link Standardiser}.
 */
public final class StandardRecord {

    /** Indexes into {@link #names()}. */
    public static final int GIVEN = 0;

    public static final int FATHER = 1;
    public static final int GRANDFATHER = 2;
    public static final int FAMILY = 3;

    private final String id;
    private final String source;
    private final String householdId;
    private final StandardName[] names;
    private final char sex;
    private final LinkageDate birthDate;
    private final String phone;
    private final String document;
    private final String place;
    private final String[] address;

    StandardRecord(
            String id,
            String source,
            String householdId,
            StandardName[] names,
            char sex,
            LinkageDate birthDate,
            String phone,
            String document,
            String place,
            String[] address) {
        this.id = id;
        this.source = source;
        this.householdId = householdId;
        this.names = names;
        this.sex = sex;
        this.birthDate = birthDate;
        this.phone = phone;
        this.document = document;
        this.place = place;
        this.address = address;
    }

    /** The same record with this birth date and household id (equal ones, held once elsewhere). */
    StandardRecord sharing(LinkageDate sharedBirthDate, String sharedHouseholdId) {
        return new StandardRecord(
                id, source, sharedHouseholdId, names, sex, sharedBirthDate, phone, document, place, address);
    }

    public String id() {
        return id;
    }

    /** The file or system the record came from; null when all records come from one. */
    public String source() {
        return source;
    }

    /** The household the record was registered in; null when unknown. */
    public String householdId() {
        return householdId;
    }

    public StandardName name(int link) {
        return names[link];
    }

    StandardName[] names() {
        return names;
    }

    /** 'M', 'F' or 0 when unknown. */
    public char sex() {
        return sex;
    }

    public LinkageDate birthDate() {
        return birthDate;
    }

    /** E.164 or "". */
    public String phone() {
        return phone;
    }

    public String document() {
        return document;
    }

    public String place() {
        return place;
    }

    String[] address() {
        return address;
    }
}
