package org.homeward.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.homeward.database.BackupException;
import org.homeward.database.EmbeddedBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Writes a backup of Homeward's database to a file. */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = {
            "Write a backup of the database to a new FILE.",
            "Embedded database: a physical base backup taken while it runs (pg_backup_start/pg_backup_stop), with the "
                    + "WAL needed to make it consistent and the database role passwords. The audit key is NOT in the "
                    + "backup: keep it apart (see docs/operations.md).",
            "External server ($HOMEWARD_DATABASE_URL or --database-url): pg_dump in custom format, from "
                    + "$HOMEWARD_PG_BIN or the PATH; its version must not be older than the server's. It connects "
                    + "as the schema owner (HOMEWARD_DATABASE_OWNER_USERNAME and _PASSWORD) when those are set.",
            "Exit code 0: written; 2: nothing written, with the reason."
        })
class BackupCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "FILE", description = "The backup file to write; it must not exist yet.")
    Path file;

    @Override
    public Integer call() {
        try {
            String url = database.externalUrl();
            if (url != null) {
                database.externalDump(url).backUp(file);
                System.out.println("Wrote the backup of " + url.replaceAll("\\?.*", "") + " to " + file + ".");
            } else {
                EmbeddedBackup.BackupSummary summary = EmbeddedBackup.write(database.embeddedDirectory(), file);
                System.out.printf(
                        "Wrote the backup of %s to %s (%,d bytes, WAL %s to %s).%n",
                        database.embeddedDirectory(), file, summary.bytes(), summary.startWal(), summary.stopWal());
            }
            System.out.println("The audit key is not in the backup: keep it where docs/operations.md says.");
            return 0;
        } catch (BackupException e) {
            throw new CommandFailedException(e.getMessage());
        }
    }
}
