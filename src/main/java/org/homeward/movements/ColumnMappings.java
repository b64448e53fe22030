package org.homeward.movements;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.springframework.stereotype.Service;

/** The saved column mappings: listed, saved (replacing one of the same name) with an audit entry. */
@Service
class ColumnMappings {

    /** The mapping of the survey form described in docs/intentions.md, saved by the migration. */
    static final String STANDARD = "homeward-intentions-form";

    private final ColumnMappingRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    ColumnMappings(ColumnMappingRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    List<ColumnMapping> all() {
        return repository.all();
    }

    ColumnMapping save(ColumnMappingRequest request, String actor) {
        ColumnMapping mapping = request.toMapping();
        repository.save(mapping, actor, clock.instant());
        audit.recordWithChange(new AuditEntry(
                MovementAuditAction.SAVE_COLUMN_MAPPING,
                "intention_column_mapping",
                mapping.name(),
                null,
                Map.of(
                        "fields",
                        mapping.columns().keySet().stream()
                                .map(Enum::name)
                                .sorted()
                                .toList())));
        return repository.find(mapping.name()).orElseThrow();
    }
}
