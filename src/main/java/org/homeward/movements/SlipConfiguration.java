package org.homeward.movements;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Where the slip key comes from: the environment, or a file in the data directory made at first start. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SlipProperties.class)
class SlipConfiguration {

    @Bean
    SlipCodes slipCodes(SlipProperties properties, @Value("${homeward.data-dir:homeward-data}") Path dataDirectory) {
        SlipKey current = SlipKey.load(properties.key(), dataDirectory.resolve("slip-key"));
        return new SlipCodes(
                current,
                properties.previousKeys().stream()
                        .map(text -> SlipKey.of(text, "HOMEWARD_SLIP_PREVIOUS_KEYS"))
                        .toList());
    }
}
