package org.homeward.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.homeward.documentation.EvidenceKeyset;
import org.homeward.documentation.EvidenceReencryption;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Rotates the key that encrypts evidence files, and re-encrypts the files under the new key. */
@Command(
        name = "evidence",
        mixinStandardHelpOptions = true,
        description = "Rotate the evidence key and re-encrypt evidence files.",
        subcommands = {EvidenceCommand.RotateKey.class, EvidenceCommand.Reencrypt.class})
class EvidenceCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(
            name = "rotate-key",
            mixinStandardHelpOptions = true,
            description = {
                "Add a new AES-256-GCM key to the evidence keyset file and make it the primary.",
                "The old keys stay in the keyset, so files they encrypted can still be read. Restart Homeward to "
                        + "encrypt new files with the new key, then run 'homeward evidence re-encrypt'.",
                "With HOMEWARD_EVIDENCE_KEYSET the keyset lives in your secret store, not in a file: rotate it there "
                        + "(e.g. with Tink's tinkey: rotate-keyset --key-template AES256_GCM).",
                "Exit code 0: rotated; 2: there is no keyset file."
            })
    static class RotateKey implements Callable<Integer> {
        @Option(
                names = "--data-dir",
                paramLabel = "DIR",
                description =
                        "Data directory holding evidence-keyset.json (default: $HOMEWARD_DATA_DIR or ./homeward-data).")
        Path dataDirectory;

        @Option(
                names = "--keyset-file",
                paramLabel = "FILE",
                description = "The keyset file (default: <data-dir>/evidence-keyset.json).")
        Path keysetFile;

        @Override
        public Integer call() throws IOException {
            Path file = keysetFile != null ? keysetFile : dataDirectory().resolve("evidence-keyset.json");
            if (!Files.exists(file)) {
                System.err.println("No evidence keyset at " + file + ": Homeward makes it at first start.");
                return 2;
            }
            long primary = EvidenceKeyset.rotateKeysetFile(file);
            System.out.println(
                    "The evidence keyset " + file + " has a new primary key " + primary + "; the old keys stay.");
            System.out.println("Restart Homeward, then run 'homeward evidence re-encrypt'.");
            return 0;
        }

        private Path dataDirectory() {
            if (dataDirectory != null) {
                return dataDirectory;
            }
            String fromEnvironment = System.getenv("HOMEWARD_DATA_DIR");
            return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "homeward-data" : fromEnvironment);
        }
    }

    @Command(
            name = "re-encrypt",
            mixinStandardHelpOptions = true,
            description = {
                "Re-encrypt every evidence file that is not under the keyset's primary key with that key.",
                "Each file is re-encrypted in its own transaction: an interrupted run loses nothing and the next "
                        + "run carries on. A file that fails its integrity check is left as it is and counted.",
                "Exit code 0: every file is under the primary key; 4: some files failed their integrity check."
            })
    static class Reencrypt implements Callable<Integer> {
        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = ApplicationStarter.startTool(database)) {
                EvidenceReencryption.Report report =
                        context.getBean(EvidenceReencryption.class).reencryptAll();
                System.out.printf(
                        "Re-encrypted %,d evidence files under key %d.%n", report.reencrypted(), report.primaryKeyId());
                if (report.failed() > 0) {
                    System.out.printf(
                            "%,d files failed their integrity check and were left as they are.%n", report.failed());
                    return 4;
                }
                return 0;
            }
        }
    }
}
