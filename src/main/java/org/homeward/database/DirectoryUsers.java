package org.homeward.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The operating-system lock by which every live Homeward process using a data directory says so:
 * the process that runs the database server and every command attached to it hold a shared lock on
 * {@code in-use.lock} for as long as they use the directory. The operating system drops the lock of a
 * process that dies, however it dies, so a server whose owner is gone counts as orphaned only when
 * no live process holds this lock any more.
 */
final class DirectoryUsers implements AutoCloseable {

    static final String LOCK_FILE = "in-use.lock";
    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryUsers(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Joins the users of the directory until closed; waits only while another process checks for users. */
    static DirectoryUsers join(Path dataDirectory) throws IOException {
        FileChannel channel = FileChannel.open(
                dataDirectory.resolve(LOCK_FILE),
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            return new DirectoryUsers(channel, channel.lock(0, Long.MAX_VALUE, true));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * Whether some other live process uses the directory. Call only while this process holds no lock
     * on it: closing the probe's channel would drop such a lock (POSIX locks belong to the process).
     */
    static boolean usedByAnotherProcess(Path dataDirectory) throws IOException {
        try (FileChannel probe = FileChannel.open(
                        dataDirectory.resolve(LOCK_FILE),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock alone = probe.tryLock(0, Long.MAX_VALUE, false)) {
            return alone == null;
        } catch (OverlappingFileLockException heldHere) {
            return false;
        }
    }

    @Override
    public void close() {
        try (channel) {
            lock.release();
        } catch (IOException e) {
            // The channel is closing anyway, and the lock goes with it.
        }
    }
}
