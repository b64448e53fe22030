package org.homeward.reception;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Members of a household who arrive after a partial check-in and join the household's stay.
 *
 * @param memberIds the members arriving now; members of the household not yet staying
 * @param note      optional, e.g. "came on the next bus from Beirut"
 */
record JoinStayRequest(@Size(max = 50) List<UUID> memberIds, String note) {

    public JoinStayRequest {
        memberIds = memberIds == null ? List.of() : memberIds;
    }
}
