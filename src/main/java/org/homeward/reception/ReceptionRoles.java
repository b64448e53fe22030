package org.homeward.reception;

/** Who may do what in reception, as method-security expressions. */
final class ReceptionRoles {

    /** Those who see who stays where (names of people): never analysts. */
    static final String SEE_PEOPLE = "hasAnyRole('RECEPTION_MANAGER','COORDINATOR','ADMIN')";
    /** Those who check households in, out and across. */
    static final String MOVE_PEOPLE = "hasAnyRole('RECEPTION_MANAGER','COORDINATOR','ADMIN')";
    /** Those who change a centre's details and capacity. */
    static final String EDIT_CENTRES = "hasAnyRole('RECEPTION_MANAGER','COORDINATOR','ADMIN')";
    /** Those who open new centres and import centre lists. */
    static final String PLAN_CENTRES = "hasAnyRole('COORDINATOR','ADMIN')";

    private ReceptionRoles() {}
}
