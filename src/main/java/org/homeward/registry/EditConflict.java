package org.homeward.registry;

import java.time.Instant;
import java.util.UUID;

/**
 * A field of a household changed both offline and by someone else since the offline edit's base:
 * the three values, who sent the edit from which device, and once decided, who chose which value.
 */
record EditConflict(
        long id,
        UUID householdId,
        UUID clientId,
        UUID individualId,
        String field,
        boolean baseKnown,
        String baseValue,
        String theirValue,
        String yourValue,
        String deviceId,
        String submittedBy,
        Instant submittedAt,
        Instant resolvedAt,
        String resolvedBy,
        String resolution,
        String resolvedValue) {

    /** The key of the field in the household's editable fields ({@code members.<id>.givenNameLatin}). */
    String key() {
        return individualId == null ? field : EditableFields.memberKey(individualId, field);
    }

    /** The same conflict with phones and document numbers masked, for showing. */
    EditConflict masked() {
        return new EditConflict(
                id,
                householdId,
                clientId,
                individualId,
                field,
                baseKnown,
                EditableFields.masked(field, baseValue),
                EditableFields.masked(field, theirValue),
                EditableFields.masked(field, yourValue),
                deviceId,
                submittedBy,
                submittedAt,
                resolvedAt,
                resolvedBy,
                resolution,
                EditableFields.masked(field, resolvedValue));
    }
}
