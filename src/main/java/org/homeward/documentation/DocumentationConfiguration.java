package org.homeward.documentation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the case types and deadline rules at start, from the built-in data and from the optional
 * data directory, and refuses to start when either is wrong.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentationProperties.class)
class DocumentationConfiguration {

    @Bean
    CaseTypeCatalogue caseTypeCatalogue(DocumentationProperties properties) {
        return CaseTypeCatalogue.read(files("case-types", properties.dataDirectory()));
    }

    @Bean
    DeadlineRuleBook deadlineRuleBook(DocumentationProperties properties, CaseTypeCatalogue catalogue) {
        return DeadlineRuleBook.read(files("deadline-rules", properties.dataDirectory()), catalogue);
    }

    /** The built-in files of a folder, then those of the data directory's folder of the same name. */
    static Map<String, String> files(String folder, Path dataDirectory) {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:documentation/" + folder + "/*.json");
            Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
            for (Resource resource : resources) {
                files.put(folder + "/" + resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
            }
            if (dataDirectory != null && Files.isDirectory(dataDirectory.resolve(folder))) {
                try (Stream<Path> paths = Files.list(dataDirectory.resolve(folder))) {
                    for (Path path : paths.filter(path -> path.toString().endsWith(".json"))
                            .sorted()
                            .toList()) {
                        files.put(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the documentation " + folder, e);
        }
        return files;
    }
}
