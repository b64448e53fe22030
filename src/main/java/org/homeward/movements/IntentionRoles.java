package org.homeward.movements;

/** Who may do what with intentions, as method-security expressions. */
final class IntentionRoles {

    /** Those who read a household's intentions (people's data: never analysts). */
    static final String READ_PEOPLE = "hasAnyRole('REGISTRATION_OFFICER','RECEPTION_MANAGER','COORDINATOR','ADMIN')";
    /** Those who record intentions, import surveys and keep the column mappings. */
    static final String RECORD = "hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')";

    private IntentionRoles() {}
}
