package org.homeward.offline;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds the offline settings and loads the offline key and the bundle key (each from the environment, or a file in the data directory). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OfflineProperties.class)
class OfflineConfiguration {

    @Bean
    OfflineKey offlineKey(
            OfflineProperties properties, @Value("${homeward.data-dir:homeward-data}") Path dataDirectory) {
        return OfflineKey.load(properties.key(), dataDirectory.resolve("offline-key"));
    }

    @Bean
    BundleKey bundleKey(OfflineProperties properties, @Value("${homeward.data-dir:homeward-data}") Path dataDirectory) {
        return BundleKey.load(properties.bundleKey(), dataDirectory.resolve("bundle-key"));
    }
}
