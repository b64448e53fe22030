package org.homeward.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.homeward.access.AccessScope;

/**
 * A household's history as one reader may see it: phone and document numbers masked, and moves
 * made at reception centres the reader was not given without where or why.
 */
final class HistoryForReader {

    /** The detail of a history event that names the reception centre where it was done. */
    static final String CENTRE = "centre";

    /**
     * The reasons reception wrote as English text before it wrote none (the centre is in the details, and
     * the page says the move in the reader's language): they are not shown.
     */
    private static final Pattern OLD_SYSTEM_REASON =
            Pattern.compile("Checked in at reception centre \\S+|Checked out of reception centre \\S+ to go home");

    private HistoryForReader() {}

    static HouseholdEvent shown(HouseholdEvent event, AccessScope scope) {
        return withinCentres(masked(withoutOldSystemText(event)), scope);
    }

    private static HouseholdEvent withoutOldSystemText(HouseholdEvent event) {
        if (event.reason() == null
                || !HouseholdEventType.JOURNEY_MOVED.name().equals(event.type())
                || !OLD_SYSTEM_REASON.matcher(event.reason()).matches()) {
            return event;
        }
        return new HouseholdEvent(event.id(), event.occurredAt(), event.actor(), event.type(), null, event.details());
    }

    /** History shows changes of phone and document numbers masked, like the household itself. */
    private static HouseholdEvent masked(HouseholdEvent event) {
        if (event.details().get(HistoryNote.CHANGES) instanceof Map<?, ?> changes) {
            Map<String, Object> details = new LinkedHashMap<>(event.details());
            details.put(HistoryNote.CHANGES, maskedChanges(changes));
            return new HouseholdEvent(
                    event.id(), event.occurredAt(), event.actor(), event.type(), event.reason(), details);
        }
        if (!HouseholdEventType.UPDATED.name().equals(event.type())) {
            return event;
        }
        return new HouseholdEvent(
                event.id(),
                event.occurredAt(),
                event.actor(),
                event.type(),
                event.reason(),
                maskedChanges(event.details()));
    }

    private static Map<String, Object> maskedChanges(Map<?, ?> changes) {
        Map<String, Object> details = new LinkedHashMap<>();
        changes.forEach((key, change) -> {
            String field = String.valueOf(key);
            boolean phone = field.endsWith(".phone");
            if ((phone || field.endsWith(".documentNumber")) && change instanceof Map<?, ?> fromTo) {
                Map<String, Object> masked = new LinkedHashMap<>();
                fromTo.forEach((side, value) -> masked.put(
                        String.valueOf(side),
                        value == null
                                ? null
                                : phone
                                        ? SensitiveFields.maskPhone(value.toString())
                                        : SensitiveFields.maskDocument(value.toString())));
                details.put(field, masked);
            } else {
                details.put(field, change);
            }
        });
        return details;
    }

    /**
     * An event done at a centre the user was not given keeps what happened and when, but not where
     * or why: a reception manager learns nothing of another centre's stays from a household's history.
     */
    private static HouseholdEvent withinCentres(HouseholdEvent event, AccessScope scope) {
        Object centre = event.details().get(CENTRE);
        if (centre == null || scope.centres().isEmpty() || scope.centres().contains(centre.toString())) {
            return event;
        }
        Map<String, Object> details = new LinkedHashMap<>(event.details());
        details.remove(CENTRE);
        return new HouseholdEvent(event.id(), event.occurredAt(), event.actor(), event.type(), null, details);
    }
}
