package org.homeward.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

class SettingFailureAnalyzerTest {

    @Test
    void aBadSettingIsReportedByNameWithWhatToSetInsteadNotAsAStackTrace() {
        // Spring's own analysers that need the application's bean factory are left out here.
        List<FailureAnalyzer> analyzers = SpringFactoriesLoader.forDefaultResourceLocation()
                .load(
                        FailureAnalyzer.class,
                        SpringFactoriesLoader.ArgumentResolver.none(),
                        SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> {}));
        assertThat(analyzers).as("registered for start-up").anyMatch(SettingFailureAnalyzer.class::isInstance);
        SettingException bad = null;
        try {
            EmbeddedDatabase.sharedBuffers("lots", 0);
        } catch (SettingException e) {
            bad = e;
        }
        assertThat(bad).as("a bad buffer size is a setting error").isNotNull();
        Throwable atStartUp = new BeanCreationException("dataSource", "Failed to instantiate", bad);

        FailureAnalysis analysis = analyzers.stream()
                .map(analyzer -> analyzer.analyze(atStartUp))
                .filter(found -> found != null)
                .findFirst()
                .orElseThrow();

        assertThat(analysis.getDescription())
                .contains(EmbeddedDatabase.SHARED_BUFFERS)
                .contains("\"lots\"");
        assertThat(analysis.getAction()).contains("512MB").contains("leave it unset");
        assertThat(new SettingFailureAnalyzer().analyze(new IllegalStateException("something else")))
                .as("other failures are left to Spring's own reports")
                .isNull();
    }
}
