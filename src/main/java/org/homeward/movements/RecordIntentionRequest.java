package org.homeward.movements;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An intention as an officer records it on the form or through the API; text as typed, checked by
 * {@link IntentionValidator}.
 *
 * @param intention   one of {@link IntentionAnswer}
 * @param destination a P-code or a place name in Arabic or English; optional
 * @param conditions  codes of {@link IntentionCondition}
 * @param goAndSee    whether the household wants a go-and-see visit first
 * @param statedOn    the day the household said it (YYYY-MM-DD); today when empty
 */
public record RecordIntentionRequest(
        @Size(max = 40) String intention,
        @Size(max = 200) String destination,
        @Size(max = 8) List<@Size(max = 40) String> conditions,
        Boolean goAndSee,
        @Size(max = 20) String statedOn) {}
