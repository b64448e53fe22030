package org.homeward.documentation;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The evidence keyset, read once at start from the environment or the data directory, never from the database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
class EvidenceConfiguration {

    static final String KEYSET_FILE = "evidence-keyset.json";

    @Bean
    EvidenceKeyset evidenceKeyset(
            EvidenceProperties properties, @Value("${homeward.data-dir:homeward-data}") Path dataDirectory) {
        return EvidenceKeyset.load(properties.keyset(), keysetFile(properties, dataDirectory));
    }

    @Bean
    EvidenceCipher evidenceCipher(EvidenceKeyset keyset) {
        return new EvidenceCipher(keyset);
    }

    static Path keysetFile(EvidenceProperties properties, Path dataDirectory) {
        return properties.keysetFile() != null ? properties.keysetFile() : dataDirectory.resolve(KEYSET_FILE);
    }
}
