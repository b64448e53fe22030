package org.homeward.documentation;

/**
 * Who may work with evidence and referrals. Documentation case workers will be added here when
 * their role exists; until then coordinators and administrators do this work.
 */
final class EvidenceRoles {

    static final String WORK_ON_EVIDENCE = "hasAnyRole('DOCUMENTATION_CASE_WORKER', 'COORDINATOR', 'ADMIN')";
    static final String ROTATE_KEYS = "hasRole('ADMIN')";

    private EvidenceRoles() {}
}
