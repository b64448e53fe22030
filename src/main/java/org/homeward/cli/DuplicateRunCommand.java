package org.homeward.cli;

import java.util.concurrent.Callable;
import org.homeward.linkage.DuplicateRunBusyException;
import org.homeward.linkage.DuplicateRunService;
import org.homeward.linkage.DuplicateRunStatus;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs duplicate detection over the whole registry and fills the review queue. */
@Command(
        name = "dedup-registry",
        mixinStandardHelpOptions = true,
        description = {
            "Look for people registered more than once across the whole registry and put the likely pairs"
                    + " in the review queue (the /duplicates pages).",
            "Pairs a reviewer has already decided are kept as decided and never proposed again.",
            "One run at a time across all servers on the database: while one is under way (started here, on"
                    + " the /duplicates/runs page or by another server) this one does not start.",
            "A run left by a server that stopped or was killed mid-way (its heartbeat silent for"
                    + " homeward.linkage.run.silent-after) is taken up and finished here instead.",
            "Exit code 0: the run finished. Exit code 1: another run is under way."
        })
class DuplicateRunCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(
            names = "--as",
            paramLabel = "NAME",
            defaultValue = "dedup-registry",
            description = "Name recorded as the one who started the run (default: ${DEFAULT-VALUE}).")
    String actor;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
            DuplicateRunStatus status;
            try {
                status = context.getBean(DuplicateRunService.class).runOrTakeUp(actor, CommandActor.name());
            } catch (DuplicateRunBusyException busy) {
                System.err.println("Another duplicate run is under way; try again when it has finished"
                        + " (see /duplicates/runs).");
                return 1;
            }
            System.out.printf(
                    "Run %d finished: %d records compared, %d pairs written to the review queue.%n",
                    status.id(), status.total(), status.pairsWritten());
            return 0;
        }
    }
}
