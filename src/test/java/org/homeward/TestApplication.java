package org.homeward;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the whole application on a given data directory, as {@code homeward serve} would, for tests. */
public final class TestApplication {

    private TestApplication() {}

    public static ConfigurableApplicationContext start(Path dataDirectory, boolean clean, String... properties) {
        List<String> arguments = new ArrayList<>(List.of(
                "--homeward.data-dir=" + dataDirectory,
                "--homeward.clean-on-start=" + clean,
                "--server.port=0",
                "--logging.level.root=WARN"));
        arguments.addAll(List.of(properties));
        SpringApplication application = new SpringApplication(HomewardApplication.class);
        application.setWebApplicationType(WebApplicationType.SERVLET);
        return application.run(arguments.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
