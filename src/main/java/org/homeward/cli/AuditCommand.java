package org.homeward.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.homeward.access.AuditBreak;
import org.homeward.access.AuditRecord;
import org.homeward.access.AuditTrail;
import org.homeward.access.AuditVerdict;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Checks and reads the audit trail. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Verify or read the audit trail.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Show.class})
class AuditCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Recompute the audit trail's hash chain with its key and check it against the anchors.",
                "Every entry's HMAC is recomputed with the audit key (HOMEWARD_AUDIT_KEY, or audit-key in the data "
                        + "directory; entries from before the key by the old unkeyed rule), every link to the entry before "
                        + "it is followed, and every line of the anchor file (default <data-dir>/audit-anchors) must name "
                        + "an entry that still exists with the hash written down.",
                "Reports how far the chain is intact, the newest anchor it could confirm, or the first entry that "
                        + "fails and why: changed, removed, re-chained without the key, rewritten after its anchor, or "
                        + "truncated after an anchor.",
                "Exit code 0: intact; 4: broken."
            })
    static class Verify implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
                AuditVerdict verdict = context.getBean(AuditTrail.class).verify();
                System.out.printf(
                        "Checked %,d audit entries against %,d anchors.%n", verdict.entries(), verdict.anchors());
                System.out.printf("Intact up to entry %,d.%n", verdict.intactUpTo());
                System.out.println(verdict.confirmedAnchor()
                        .map(anchor -> "Last confirmed anchor: entry " + anchor.entryId() + ", anchored at "
                                + anchor.anchoredAt() + ".")
                        .orElse("No anchor confirmed: entries cut from the end of the chain would not be noticed."));
                if (verdict.unreadableAnchors() > 0) {
                    System.out.printf("%d anchor lines could not be read.%n", verdict.unreadableAnchors());
                }
                if (verdict.firstBreak().isPresent()) {
                    AuditBreak broken = verdict.firstBreak().get();
                    System.out.println("The audit trail is BROKEN at entry " + broken.entryId() + ": "
                            + describe(broken.kind()) + " (" + broken.detail() + ").");
                    return 4;
                }
                System.out.println("The audit trail is intact.");
                return 0;
            }
        }

        private static String describe(AuditBreak.Kind kind) {
            return switch (kind) {
                case CHANGED -> "changed";
                case REMOVED -> "entries removed";
                case RECHAINED_WITHOUT_KEY -> "re-chained without the key";
                case DIFFERS_FROM_ANCHOR -> "rewritten after it was anchored";
                case TRUNCATED_AFTER_ANCHOR -> "truncated after this anchored entry";
            };
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "List audit entries, newest first.")
    static class Show implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Option(names = "--user", description = "Only entries of this user.")
        String user;

        @Option(
                names = "--household",
                description =
                        "Only entries about this household (its id), the lists and exports that showed it included;"
                                + " the reading is itself recorded in the audit trail.")
        String household;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "From this day (UTC).")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Before this day (UTC).")
        LocalDate to;

        @Option(
                names = "--limit",
                defaultValue = "100",
                description = "At most this many entries (default ${DEFAULT-VALUE}).")
        int limit;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
                for (AuditRecord entry : context.getBean(AuditTrail.class)
                        .read(
                                CommandActor.name(),
                                user,
                                household == null ? null : "household",
                                household,
                                start(from),
                                start(to),
                                limit)) {
                    System.out.printf(
                            "%d %s %-16s %-22s %s %s %s%n",
                            entry.id(),
                            entry.occurredAt(),
                            entry.actor(),
                            entry.action(),
                            entry.targetType() == null ? "" : entry.targetType(),
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
