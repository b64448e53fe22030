package org.homeward.reception;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Checks a household in to a centre.
 *
 * @param household  the household's id or its reference, e.g. {@code HW-7KQ3MZ9TDZ}
 * @param memberIds  the members arriving; empty for all of them. A subset is a partial check-in
 *                   and needs a reason (for example, the others stayed with relatives)
 * @param reason     why only some members check in; optional when all do
 */
public record CheckInRequest(
        String household, @Size(max = 50) List<UUID> memberIds, String reason) {

    public CheckInRequest {
        memberIds = memberIds == null ? List.of() : memberIds;
    }
}
