package org.homeward.conditions;

import org.homeward.access.AuditAction;

/** The actions area conditions record in the audit trail. */
enum ConditionsAuditAction implements AuditAction {
    IMPORT_ASSESSMENTS
}
