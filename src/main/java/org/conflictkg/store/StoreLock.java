package org.conflictkg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.conflictkg.source.InputException;

/**
 * One writer per store: a lock on {@code .NAME.lock} beside the store, held by a {@code load} for
 * its whole run and by {@code serve --db} while it serves, so that a second load, or a load into a
 * served store, is refused with a message instead of swapping the directory under the other. The
 * operating system releases the lock when the process ends, however it ends.
 */
public final class StoreLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock of the store at {@code db}, or an error naming who holds it. */
    public static StoreLock acquire(Path db, String purpose) {
        Path target = StorePath.real(db);
        Path file = target.resolveSibling("." + target.getFileName() + ".lock");
        try {
            Files.createDirectories(target.getParent());
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock l;
            try {
                l = ch.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) { // held by this very process
                l = null;
            }
            if (l == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                ch.close();
                throw new InputException(target + " is in use by another conflict-kg process (" + (holder.isEmpty() ? "unknown" : holder)
                        + "); wait for it to finish, or stop the server that serves it, then run this again");
            }
            ch.truncate(0);
            ch.write(ByteBuffer.wrap((purpose + ", process " + ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
            return new StoreLock(ch, l);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the process ends soon after, and the system releases it then
        }
    }
}
