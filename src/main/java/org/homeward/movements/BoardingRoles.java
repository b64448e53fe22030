package org.homeward.movements;

/** Who may board, record arrivals and work the alerts and follow-ups, as method-security expressions. */
final class BoardingRoles {

    /** Those who board households at the departure point: the movement officers. */
    static final String BOARD = "hasAnyRole('REGISTRATION_OFFICER','COORDINATOR','ADMIN')";
    /** Those who record who arrived, at the crossing or at reception. */
    static final String RECORD_ARRIVAL = "hasAnyRole('REGISTRATION_OFFICER','RECEPTION_MANAGER','COORDINATOR','ADMIN')";
    /** Those who work the missing-person alerts and the follow-up visits. */
    static final String COORDINATE = "hasAnyRole('COORDINATOR','ADMIN')";

    private BoardingRoles() {}
}
