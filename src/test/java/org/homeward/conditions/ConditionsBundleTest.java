package org.homeward.conditions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The conditions' words exist in English and Arabic alike, for every default indicator, status and method. */
class ConditionsBundleTest {

    @Test
    void englishAndArabicHaveTheSameKeysAndArabicIsArabic() throws IOException {
        Properties english = bundle("conditions.properties");
        Properties arabic = bundle("conditions_ar.properties");

        assertThat(arabic.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(arabic.getProperty("conditions.status.RED")).isEqualTo("أحمر");
        assertThat(arabic.getProperty("conditions.map.title")).matches(".*[\\u0600-\\u06FF].*");
    }

    @Test
    void everyDefaultIndicatorStatusMethodAndConfidenceHasAName() throws IOException {
        Properties english = bundle("conditions.properties");
        ConditionsProperties defaults = ConditionsProperties.defaults();

        for (String indicator : new IndicatorCatalogue(defaults).all()) {
            assertThat(english).containsKey("conditions.indicator." + indicator);
        }
        for (AreaStatus status : AreaStatus.values()) {
            assertThat(english).containsKey("conditions.status." + status);
            assertThat(english).containsKey("conditions.briefing.status." + status);
        }
        for (AssessmentMethod method : AssessmentMethod.values()) {
            assertThat(english).containsKey("conditions.method." + method);
        }
        for (Confidence confidence : Confidence.values()) {
            assertThat(english).containsKey("conditions.confidence." + confidence);
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ConditionsBundleTest.class.getResourceAsStream("/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
