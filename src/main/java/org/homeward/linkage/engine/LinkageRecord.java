package org.homeward.linkage.engine;

/**
 * A person's registration as the engine sees it. Any value may be null or empty. A null
 * father's name means the source has no such field (an empty one means it is unknown): only then
 * is a given name of several names taken as given and father's name run together. Names may be written in
 * Arabic or Latin script, or both ("محمد Mohammad"). {@code source} separates the files of a
 * linkage between files (records of one source are not compared with each other when linking);
 * {@code householdId} gives household evidence; {@code site} is carried along for the caller.
 */
public record LinkageRecord(
        String id,
        String source,
        String householdId,
        String givenName,
        String fatherName,
        String grandfatherName,
        String familyName,
        String sex,
        LinkageDate birthDate,
        String phone,
        String document,
        String place,
        String address,
        String site) {

    public LinkageRecord {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A linkage record needs an id");
        }
        if (birthDate == null) {
            birthDate = LinkageDate.UNKNOWN;
        }
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a record field by field; what is not set stays unknown. */
    public static final class Builder {
        private final String id;
        private String source;
        private String householdId;
        private String givenName;
        private String fatherName;
        private String grandfatherName;
        private String familyName;
        private String sex;
        private LinkageDate birthDate = LinkageDate.UNKNOWN;
        private String phone;
        private String document;
        private String place;
        private String address;
        private String site;

        private Builder(String id) {
            this.id = id;
        }

        public Builder source(String value) {
            source = value;
            return this;
        }

        public Builder householdId(String value) {
            householdId = value;
            return this;
        }

        public Builder givenName(String value) {
            givenName = value;
            return this;
        }
        /** The given name in both scripts, as the registry keeps it (either may be null). */
        public Builder givenName(String arabic, String latin) {
            return givenName(join(arabic, latin));
        }

        public Builder fatherName(String arabic, String latin) {
            return fatherName(join(arabic, latin));
        }

        public Builder grandfatherName(String arabic, String latin) {
            return grandfatherName(join(arabic, latin));
        }

        public Builder familyName(String arabic, String latin) {
            return familyName(join(arabic, latin));
        }

        public Builder fatherName(String value) {
            fatherName = value;
            return this;
        }

        public Builder grandfatherName(String value) {
            grandfatherName = value;
            return this;
        }

        public Builder familyName(String value) {
            familyName = value;
            return this;
        }

        public Builder sex(String value) {
            sex = value;
            return this;
        }

        public Builder birthDate(LinkageDate value) {
            birthDate = value;
            return this;
        }

        public Builder phone(String value) {
            phone = value;
            return this;
        }

        public Builder document(String value) {
            document = value;
            return this;
        }

        public Builder place(String value) {
            place = value;
            return this;
        }

        public Builder address(String value) {
            address = value;
            return this;
        }

        public Builder site(String value) {
            site = value;
            return this;
        }

        private static String join(String arabic, String latin) {
            if (arabic == null || arabic.isBlank()) {
                return latin;
            }
            return latin == null || latin.isBlank() ? arabic : arabic + " " + latin;
        }

        public LinkageRecord build() {
            return new LinkageRecord(
                    id,
                    source,
                    householdId,
                    givenName,
                    fatherName,
                    grandfatherName,
                    familyName,
                    sex,
                    birthDate,
                    phone,
                    document,
                    place,
                    address,
                    site);
        }
    }
}
