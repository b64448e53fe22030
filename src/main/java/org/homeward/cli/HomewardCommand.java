package org.homeward.cli;

import picocli.CommandLine.Command;

/** The top-level {@code homeward} command. */
@Command(
        name = "homeward",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Homeward coordinates the return of refugees and internally displaced people.",
            "Without configuration it keeps its data in an embedded PostgreSQL under ./homeward-data."
        },
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            UsersCommand.class,
            AuditCommand.class,
            DemoCommand.class,
            AllocateCommand.class,
            DedupCommand.class,
            FiguresCommand.class,
            DuplicateRunCommand.class,
            EvidenceCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            ImportBundleCommand.class
        },
        footer = {"", "Run 'homeward <command> --help' for the options of a command."})
class HomewardCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
