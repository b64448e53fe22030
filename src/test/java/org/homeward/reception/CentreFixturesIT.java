package org.homeward.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.homeward.TestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Installs the demonstration centres in an application of its own, so that other tests keep their own centres. */
class CentreFixturesIT {

    @Test
    void installsAHundredCentresWithHalfAMillionPlacesAndInstallingAgainChangesNothing() {
        Path data = Path.of("target/test-data/reception-fixtures-" + UUID.randomUUID());
        try (ConfigurableApplicationContext application = TestApplication.start(data, true)) {
            CentreFixtures fixtures = application.getBean(CentreFixtures.class);
            CentreService centres = application.getBean(CentreService.class);

            CentreImportReport first = fixtures.install(2026);
            assertThat(first.created()).isEqualTo(CentreFixtures.CENTRES);
            List<CentreOccupancy> installed = centres.overview();
            assertThat(installed).hasSize(CentreFixtures.CENTRES);
            assertThat(installed.stream()
                            .mapToInt(centre -> centre.centre().capacity().persons())
                            .sum())
                    .isEqualTo(CentreFixtures.TOTAL_PERSONS);
            assertThat(installed.stream()
                            .map(centre -> centre.centre().townEn())
                            .distinct()
                            .count())
                    .isEqualTo(CentreFixtures.CENTRES);
            assertThat(installed)
                    .allSatisfy(centre -> assertThat(centre.status()).isEqualTo(CentreStatus.OPEN));

            CentreImportReport second = fixtures.install(2026);
            assertThat(second.unchanged()).isEqualTo(CentreFixtures.CENTRES);
            assertThat(second.created() + second.updated()).isZero();

            ReceptionForecast forecast =
                    application.getBean(ReceptionForecastService.class).forecast();
            assertThat(forecast.centres()).hasSize(CentreFixtures.CENTRES);
            assertThat(forecast.towns()).hasSize(CentreFixtures.CENTRES);
        }
    }
}
