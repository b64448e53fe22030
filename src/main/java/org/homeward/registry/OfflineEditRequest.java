package org.homeward.registry;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Changes made on a device without a connection to a household it had downloaded: the id the device
 * gave the edit (a resend with the same id changes nothing), the device, the version the edit
 * started from, the household's fields changed ({@code destinationPcode}, …) and each member's,
 * named by {@code individualId} beside the member's fields ({@code givenNameLatin}, …).
 */
public record OfflineEditRequest(
        UUID clientId,
        String deviceId,
        Long baseVersion,
        @Size(max = 20) Map<String, Object> household,
        @Size(max = 50) List<Map<String, Object>> members) {

    public OfflineEditRequest {
        household = household == null ? Map.of() : household;
        members = members == null ? List.of() : members;
    }
}
