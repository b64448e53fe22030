package org.homeward.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Checks and reads the audit trail. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Verify or read the audit trail.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Show.class})
class AuditCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = {"Check the hash chain of the audit trail.",
            "Exit code 0: intact; 4: broken, with the first entry whose hash or link does not hold."})
    static class Verify implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
                AuditTrail audit = context.getBean(AuditTrail.class);
                Optional<Long> broken = audit.firstBrokenLink();
                if (broken.isPresent()) {
                    System.out.println("The audit trail is BROKEN at entry " + broken.get()
                            + ": it was changed, or an entry before it was removed.");
                    return 4;
                }
                System.out.printf("The audit trail of %,d entries is intact.%n", audit.size());
                return 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "List audit entries, newest first.")
    static class Show implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;
        @Option(names = "--user", description = "Only entries of this user.")
        String user;
        @Option(names = "--household", description = "Only entries about this household (its id), the lists and exports that showed it included.")
        String household;
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "From this day (UTC).")
        LocalDate from;
        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Before this day (UTC).")
        LocalDate to;
        @Option(names = "--limit", defaultValue = "100", description = "At most this many entries (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
                for (AuditRecord entry : context.getBean(AuditTrail.class).query(user, household == null ? null : "household",
                        household, start(from), start(to), limit)) {
                    System.out.printf("%d %s %-16s %-22s %s %s %s%n", entry.id(), entry.occurredAt(), entry.actor(),
                            entry.action(), entry.targetType() == null ? "" : entry.targetType(),
                            entry.targetId() == null ? "" : entry.targetId(),
                            entry.reason() == null ? "" : "(" + entry.reason() + ")");
                }
                return 0;
            }
        }

        private static Instant start(LocalDate day) {
            return day == null ? null : day.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
    }
}
