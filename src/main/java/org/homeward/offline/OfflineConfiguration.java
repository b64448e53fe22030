package org.homeward.offline;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the offline settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OfflineProperties.class)
class OfflineConfiguration {
}
