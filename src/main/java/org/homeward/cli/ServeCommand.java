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
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Start the web UI and the REST API (http://localhost:8080 unless --server.port says otherwise).",
            "Any Spring Boot property may follow, e.g. --server.port=9090."
        })
class ServeCommand implements Runnable {

    @Mixin
    DatabaseOptions database;

    @Option(
            names = "--demo",
            description = "When the registry is empty, first load a synthetic demo population "
                    + "(households shaped by UNHCR's return figures, with repeated registrations) and a return plan lived "
                    + "through from eight months ago, with movements in every state (see docs/movements.md).")
    boolean demo;

    @Option(
            names = "--demo-households",
            paramLabel = "N",
            defaultValue = "20000",
            description = "Size of the demo population loaded by --demo (default: ${DEFAULT-VALUE} households).")
    int demoHouseholds;

    @Option(
            names = "--demo-plan",
            description = {
                "With --demo (implied): also register the households of a national "
                        + "reception plan, all waiting for a place in a reception centre, and size the 100 demo centres for them "
                        + "(120,000 households, about 570,000 people, for 500,000 places: not all fit). Then run the whole plan "
                        + "on /allocation.",
                "Takes minutes (the plan alone about 6 for 120,000 households on a busy 2-core machine, see "
                        + "docs/demo-data.md); progress is shown. Loads nothing into a registry that holds data already."
            })
    boolean demoPlan;

    @Option(
            names = "--demo-plan-households",
            paramLabel = "N",
            defaultValue = "120000",
            description = "About how many waiting households --demo-plan registers (default: ${DEFAULT-VALUE}); the "
                    + "centres get places in proportion (500,000 for 120,000 households).")
    int demoPlanHouseholds;

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
        if (demoPlan && demoPlanHouseholds < 1) {
            throw new CommandFailedException("--demo-plan-households must be a positive number of households");
        }
        List<String> arguments = new ArrayList<>(springArguments);
        if (demo || demoPlan) {
            // The demo replays months of its return plan through the services, which read time from the clock.
            arguments.add("--homeward.demo.timeline=true");
        }
        ConfigurableApplicationContext context = ApplicationStarter.startWeb(database, arguments);
        if (demo || demoPlan) {
            DemoStart.loadIfEmpty(context, demoHouseholds, demoPlan ? demoPlanHouseholds : 0);
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
