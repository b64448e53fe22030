package org.homeward.access;

import java.util.Optional;

/**
 * What turns a household reference, as an administrator types it into the audit search, into the
 * id the audit trail names the household by. The registry provides it: access knows nothing of
 * households beyond the target type its entries carry.
 */
public interface AuditReferences {

    /** The id of the household in the caller's scope that the typed reference names, empty when none does. */
    Optional<String> householdIdOf(String typedReference);
}
