package org.homeward.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.homeward.database.BackupException;
import org.homeward.database.EmbeddedRestore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Restores a backup written by {@code backup}. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Restore a backup FILE written by 'homeward backup'.",
            "Embedded database: unpacks it into the data directory (--data-dir), which must be new or empty unless "
                    + "--replace is given, and starts the database once so that it replays to the moment of the backup.",
            "External server: pg_restore in one transaction into the database of --database-url, whose roles "
                    + "homeward_owner and homeward_app must exist (docs/security.md); it connects as the schema owner "
                    + "(HOMEWARD_DATABASE_OWNER_USERNAME and _PASSWORD).",
            "Put the audit key back (HOMEWARD_AUDIT_KEY or the audit-key file) before 'homeward audit verify'.",
            "Exit code 0: restored; 2: nothing restored, with the reason."
        })
class RestoreCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path file;

    @Option(names = "--replace", description = "Delete what the target holds first (never while a Homeward uses it).")
    boolean replace;

    @Override
    public Integer call() {
        try {
            String url = database.externalUrl();
            if (url != null) {
                database.externalDump(url).restore(file, replace);
                System.out.println("Restored " + file + " into " + url.replaceAll("\\?.*", "") + ".");
            } else {
                EmbeddedRestore.restore(file, database.embeddedDirectory(), replace);
                System.out.println("Restored " + file + " into " + database.embeddedDirectory()
                        + "; the database started and replayed to the moment of the backup.");
            }
            return 0;
        } catch (BackupException e) {
            throw new CommandFailedException(e.getMessage());
        }
    }
}
