package org.homeward;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(HomewardApplication.class);

    @Test
    void featuresUseOnlyEachOthersPublicParts() {
        modules.verify();
    }

    @Test
    void everyFeatureIsAModule() {
        assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
                .containsExactlyInAnyOrder("org.homeward.registry", "org.homeward.access", "org.homeward.database",
                        "org.homeward.web", "org.homeward.cli", "org.homeward.places", "org.homeward.linkage",
                        "org.homeward.reception", "org.homeward.allocation", "org.homeward.statistics",
                        "org.homeward.demo", "org.homeward.files",
                        "org.homeward.movements", "org.homeward.conditions", "org.homeward.documentation", "org.homeward.offline");
    }
}
