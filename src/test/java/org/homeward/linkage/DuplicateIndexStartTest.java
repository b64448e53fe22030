package org.homeward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.web.context.support.GenericWebApplicationContext;

/** The duplicate index loads for a web server only: command-line tools never pay for it nor see it fail. */
class DuplicateIndexStartTest {

    /** A database nobody listens on: a build that started would fail, and must say so in one line only. */
    private static DuplicateIndex index() {
        DriverManagerDataSource unreachable = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/none");
        JdbcClient nowhere = JdbcClient.create(unreachable);
        return new DuplicateIndex(
                new RegistryRecords(nowhere, unreachable),
                new DuplicateRunRepository(nowhere, new DuplicateRunProperties(Duration.ofSeconds(30), 3)),
                java.time.Clock.systemUTC());
    }

    private static ApplicationReadyEvent ready(ConfigurableApplicationContext context) {
        return new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO);
    }

    @Test
    void aCommandLineToolDoesNotStartTheIndexLoad() {
        DuplicateIndex index = index();
        try (GenericApplicationContext tool = new GenericApplicationContext()) {
            index.buildInBackground(ready(tool));
        }
        assertThat(index.buildStarted()).isFalse();
        assertThat(index.ready()).isFalse();
    }

    @Test
    void aWebServerStartsIt() {
        DuplicateIndex index = index();
        try (GenericWebApplicationContext web = new GenericWebApplicationContext()) {
            index.buildInBackground(ready(web));
        }
        assertThat(index.buildStarted()).isTrue();
    }
}
