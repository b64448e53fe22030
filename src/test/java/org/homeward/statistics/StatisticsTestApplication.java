package org.homeward.statistics;

import java.nio.file.Path;
import org.homeward.TestApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One application with a database of its own for the statistics tests, started once per test run:
 * known answers need a registry that no other feature's tests write into.
 */
public final class StatisticsTestApplication {

    /** Where its embedded database lives, for commands that attach to it. */
    public static final Path DATA_DIRECTORY = Path.of("target/test-data/statistics");

    private static ConfigurableApplicationContext context;

    private StatisticsTestApplication() {}

    public static synchronized ConfigurableApplicationContext get() {
        if (context == null) {
            // The background refresh is slowed down so that each test decides when the summary moves.
            context = TestApplication.start(DATA_DIRECTORY, true, "--homeward.statistics.refresh.interval=1h");
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "statistics-test-application"));
        }
        return context;
    }

    public static <T> T bean(Class<T> type) {
        return get().getBean(type);
    }

    public static int port() {
        return TestApplication.port(get());
    }
}
