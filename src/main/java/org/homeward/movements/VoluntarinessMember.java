package org.homeward.movements;

import java.util.Optional;
import java.util.UUID;

/**
 * A member of a household as the voluntariness page shows them: whether they decide for themselves
 * and their current record, if any.
 *
 * @param basis   why they need their own record, empty when a parent decides with them
 * @param current their decision as it stands, empty when none or withdrawn
 */
public record VoluntarinessMember(
        UUID individualId,
        int position,
        String relationship,
        String nameArabic,
        String nameLatin,
        Optional<VoluntarinessBasis> basis,
        Optional<VoluntarinessRecord> current) {

    /** Whether the member needs a record of their own. */
    public boolean eligible() {
        return basis.isPresent();
    }

    /** Whether the member is a child on their own, whose form needs a best-interests assessment. */
    public boolean needsBestInterests() {
        return basis.map(VoluntarinessBasis::needsBestInterests).orElse(false);
    }
}
