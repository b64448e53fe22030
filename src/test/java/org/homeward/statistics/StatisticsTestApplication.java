package org.homeward.statistics;

import java.nio.file.Path;
import org.homeward.TestApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application with a database of its own for the statistics tests, started once per test run:
 * known answers need a registry that no other feature's tests write into.
 */
final class StatisticsTestApplication {

    private static ConfigurableApplicationContext context;

    private StatisticsTestApplication() {
    }

    static synchronized ConfigurableApplicationContext get() {
        if (context == null) {
            // The background refresh is slowed down so that each test decides when the summary moves.
            context = TestApplication.start(Path.of("target/test-data/statistics"), true,
                    "--homeward.statistics.refresh.interval=1h");
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "statistics-test-application"));
        }
        return context;
    }

    static <T> T bean(Class<T> type) {
        return get().getBean(type);
    }

    static int port() {
        return TestApplication.port(get());
    }
}
