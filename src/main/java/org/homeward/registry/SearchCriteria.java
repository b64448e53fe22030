package org.homeward.registry;

/** What to search households by; any may be empty, at least one must be given. */
public record SearchCriteria(String name, String documentNumber, String phone) {

    /**
     * Which kinds of criteria were used, for the audit trail. The values themselves are personal data
     * and are not kept there, so that erasing a person never needs to touch the append-only trail.
     */
    public java.util.List<String> describe() {
        java.util.List<String> kinds = new java.util.ArrayList<>();
        if (name != null && !name.isBlank()) {
            kinds.add("name");
        }
        if (documentNumber != null && !documentNumber.isBlank()) {
            kinds.add("document");
        }
        if (phone != null && !phone.isBlank()) {
            kinds.add("phone");
        }
        return kinds;
    }
}
