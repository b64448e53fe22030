package org.homeward.access;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Where the audit chain's key and anchors live: outside the database, by default in the data directory. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
@EnableScheduling
class AuditConfiguration {

    @Bean
    AuditKey auditKey(AuditProperties properties, @Value("${homeward.data-dir:homeward-data}") Path dataDirectory) {
        return AuditKey.load(properties.key(), dataDirectory.resolve("audit-key"));
    }

    @Bean
    AuditAnchorFile auditAnchorFile(
            AuditProperties properties, @Value("${homeward.data-dir:homeward-data}") Path dataDirectory) {
        return new AuditAnchorFile(
                properties.anchorFile() != null ? properties.anchorFile() : dataDirectory.resolve("audit-anchors"));
    }
}
