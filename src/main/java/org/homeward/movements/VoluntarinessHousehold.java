package org.homeward.movements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything the voluntariness page of a household shows: its members, what they are told about
 * their destination, every record kept (current and withdrawn) and the re-confirmations.
 */
public record VoluntarinessHousehold(
        UUID householdId,
        String reference,
        String destinationPcode,
        LocalDate today,
        List<VoluntarinessMember> members,
        VoluntarinessBriefing briefing,
        List<VoluntarinessRecord> records,
        List<VoluntarinessReconfirmation> reconfirmations) {

    public VoluntarinessHousehold {
        members = List.copyOf(members);
        records = List.copyOf(records);
        reconfirmations = List.copyOf(reconfirmations);
    }
}
