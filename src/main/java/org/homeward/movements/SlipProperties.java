package org.homeward.movements;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How registration slips are signed.
 *
 * @param key          the HMAC key, base64, at least 32 bytes ({@code HOMEWARD_SLIP_KEY}); when
 *                     empty, the key file {@code slip-key} in the data directory, made at first start
 * @param previousKeys keys used before a rotation, base64 ({@code HOMEWARD_SLIP_PREVIOUS_KEYS},
 *                     comma-separated): slips they signed are still accepted, new slips are signed
 *                     with {@code key} only
 */
@ConfigurationProperties("homeward.slip")
record SlipProperties(String key, List<String> previousKeys) {
    SlipProperties {
        previousKeys = previousKeys == null
                ? List.of()
                : previousKeys.stream().filter(text -> !text.isBlank()).toList();
    }
}
