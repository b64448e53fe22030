package org.homeward.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** Starts the web UI and the API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web UI and the REST API (http://localhost:8080 unless --server.port says otherwise).",
                "Any Spring Boot property may follow, e.g. --server.port=9090."})
class ServeCommand implements Runnable {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--demo", description = "When the registry is empty, first load a synthetic demo population "
            + "(households shaped by UNHCR's return figures, with repeated registrations).")
    boolean demo;

    @Option(names = "--demo-households", paramLabel = "N", defaultValue = "20000",
            description = "Size of the demo population loaded by --demo (default: ${DEFAULT-VALUE} households).")
    int demoHouseholds;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public void run() {
        for (String argument : springArguments) {
            if (!argument.startsWith("--") || !argument.contains("=")) {
                throw new CommandFailedException("Unknown option '" + argument
                        + "'; Spring Boot properties are written --name=value (see homeward serve --help)");
            }
        }
        ConfigurableApplicationContext context = ApplicationStarter.startWeb(database, springArguments);
        if (demo) {
            DemoStart.loadIfEmpty(context, demoHouseholds);
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
