package org.homeward.registry;

/** What to search households by; any may be empty, at least one must be given. */
public record SearchCriteria(String name, String documentNumber, String phone) {

    /** What was searched for, for the audit trail. */
    public java.util.Map<String, String> describe() {
        java.util.Map<String, String> described = new java.util.LinkedHashMap<>();
        if (name != null && !name.isBlank()) {
            described.put("name", name.trim());
        }
        if (documentNumber != null && !documentNumber.isBlank()) {
            described.put("document", documentNumber.trim());
        }
        if (phone != null && !phone.isBlank()) {
            described.put("phone", phone.trim());
        }
        return described;
    }
}
