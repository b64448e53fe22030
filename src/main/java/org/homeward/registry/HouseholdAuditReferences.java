package org.homeward.registry;

import java.util.Optional;
import java.util.UUID;
import org.homeward.access.AuditReferences;
import org.springframework.stereotype.Component;

/**
 * The registry's answer to the audit search: the household a typed reference (either form, or a
 * registration slip's code) names, found only in the caller's scope and counted against their lookups.
 */
@Component
class HouseholdAuditReferences implements AuditReferences {

    private final TypedReferences references;

    HouseholdAuditReferences(TypedReferences references) {
        this.references = references;
    }

    @Override
    public Optional<String> householdIdOf(String typedReference) {
        return references.householdNamedBy(typedReference).map(UUID::toString);
    }
}
