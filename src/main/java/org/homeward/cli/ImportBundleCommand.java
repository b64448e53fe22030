package org.homeward.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.homeward.offline.BundleImportReport;
import org.homeward.offline.BundleImportReport.EditOutcome;
import org.homeward.offline.BundleImportReport.EditResult;
import org.homeward.offline.BundleImportReport.RecordOutcome;
import org.homeward.offline.BundleRefusedException;
import org.homeward.offline.OfflineBundleImport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Imports an outbox bundle that a device without a connection exported to a file. */
@Command(
        name = "import-bundle",
        mixinStandardHelpOptions = true,
        description = {
            "Import an outbox bundle (.hwb) exported by the offline registration form of a device without a"
                    + " connection (docs/offline.md).",
            "The bundle must be signed by a device registered to the officer it names and encrypted for this"
                    + " server's bundle key ($HOMEWARD_BUNDLE_KEY or bundle-key in the data directory); otherwise"
                    + " nothing of it is written.",
            "Each record is taken as a sync takes it: once, however often the bundle or the record arrives, so"
                    + " importing a bundle again, or syncing its records afterwards, creates nothing twice.",
            "Edits of households kept on the device are applied as a sync applies them: field by field against the"
                    + " version each started from; a field changed on both sides becomes a conflict for a supervisor"
                    + " (the edit conflicts page), and an edit received before changes nothing.",
            "Prints the count of records created, already present, refused and in conflict, the count of edits"
                    + " applied, partly applied with conflicts, in conflict, refused and already received, and each"
                    + " record or edit refused or in conflict with its reason (references and codes only, no names).",
            "Exit code 0: every record created or already present and every edit applied or already received;"
                    + " 3: some records or edits refused or in conflict; 4: the bundle was refused as a whole;"
                    + " 2: no such file."
        })
class ImportBundleCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Parameters(paramLabel = "FILE", description = "The bundle file to import.")
    Path file;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new CommandFailedException("No such file: " + file);
        }
        try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
            OfflineBundleImport bundles = context.getBean(OfflineBundleImport.class);
            if (Files.size(file) > bundles.maximumBytes()) {
                System.out.println("Nothing imported: BUNDLE_TOO_LARGE: the file is larger than "
                        + bundles.maximumBytes() + " bytes");
                return 4;
            }
            BundleImportReport report = bundles.importBundle(Files.readAllBytes(file), CommandActor.name());
            print(report);
            return report.refused() + report.conflicts() + report.editsNeedingAttention() > 0 ? 3 : 0;
        } catch (BundleRefusedException refused) {
            System.out.println("Nothing imported: " + refused.code().name() + ": " + refused.getMessage());
            return 4;
        }
    }

    private static void print(BundleImportReport report) {
        System.out.printf(
                "Bundle %s from device %s of %s, made %s: %d records%n",
                report.bundleId(),
                report.deviceId(),
                report.officer(),
                report.createdAt(),
                report.outcomes().size());
        for (RecordOutcome record : report.outcomes()) {
            if (record.code() != null) {
                System.out.printf(
                        "  %s %s: %s%s: %s%n",
                        record.outcome(),
                        record.clientId(),
                        record.code(),
                        record.field() == null ? "" : " (" + record.field() + ")",
                        record.message());
            }
        }
        for (EditOutcome edit : report.edits()) {
            if (edit.code() != null || edit.conflicts() > 0) {
                System.out.printf(
                        "  edit %s %s of %s: %s%n",
                        edit.result(),
                        edit.clientId(),
                        edit.reference() == null ? "-" : edit.reference(),
                        edit.code() == null
                                ? edit.conflicts() + " field(s) left to a supervisor"
                                : edit.code() + (edit.field() == null ? "" : " (" + edit.field() + ")") + ": "
                                        + edit.message());
            }
        }
        System.out.printf(
                "created %d, already present %d, refused %d, conflict %d%n",
                report.created(), report.alreadyPresent(), report.refused(), report.conflicts());
        if (!report.edits().isEmpty()) {
            System.out.printf(
                    "edits: applied %d, partly applied with conflicts %d, conflict %d, refused %d, already received %d%n",
                    report.count(EditResult.APPLIED),
                    report.count(EditResult.PARTLY_APPLIED_WITH_CONFLICTS),
                    report.count(EditResult.CONFLICT),
                    report.count(EditResult.REFUSED),
                    report.count(EditResult.ALREADY_RECEIVED));
        }
    }
}
