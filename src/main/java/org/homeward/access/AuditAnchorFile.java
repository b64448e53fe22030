package org.homeward.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The append-only file of {@link AuditAnchor}s. Opened for appending only and never rewritten, so
 * that a line once written stays as it was; each line reaches the disk before the call returns.
 */
final class AuditAnchorFile {

    private final Path file;

    AuditAnchorFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    Path path() {
        return file;
    }

    synchronized void append(AuditAnchor anchor) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(
                    file,
                    Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))) {
                channel.write(ByteBuffer.wrap((anchor.line() + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not append to the audit anchor file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every anchor in the file, oldest first, with how many lines could not be read. */
    Reading read() {
        if (!Files.exists(file)) {
            return new Reading(List.of(), 0);
        }
        List<AuditAnchor> anchors = new ArrayList<>();
        int unreadable = 0;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                Optional<AuditAnchor> anchor = AuditAnchor.parse(line);
                if (anchor.isPresent()) {
                    anchors.add(anchor.get());
                } else {
                    unreadable++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the audit anchor file " + file + ": " + e.getMessage(), e);
        }
        return new Reading(anchors, unreadable);
    }

    record Reading(List<AuditAnchor> anchors, int unreadableLines) {
        Optional<AuditAnchor> newest() {
            return anchors.stream().max(Comparator.comparingLong(AuditAnchor::entryId));
        }
    }
}
