package dev.rig.runtime.internal.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Keeps two syncs of one root from interleaving: an OS file lock on {@code .rig.lock} in the root
 * for runs in other processes, and a lock per root for runs in this JVM (the OS lock belongs to the
 * whole JVM, so it cannot tell two of its own threads apart).
 *
 * <p>The lock file is never deleted: deleting it while another process waits on it would let a
 * third process lock a new file of the same name, and two runs would go ahead at once.
 */
final class RootLock implements AutoCloseable {

  private static final Map<Path, ReentrantLock> IN_THIS_JVM = new ConcurrentHashMap<>();

  private final ReentrantLock jvmLock;
  private final FileChannel channel;
  private final FileLock fileLock;

  private RootLock(ReentrantLock jvmLock, FileChannel channel, FileLock fileLock) {
    this.jvmLock = jvmLock;
    this.channel = channel;
    this.fileLock = fileLock;
  }

  /**
   * Takes the lock of {@code realRoot}, waiting as long as another run holds it; {@code notices}
   * hears once that rig is waiting.
   */
  static RootLock acquire(Path realRoot, Consumer<String> notices) throws IOException {
    String waiting =
        "waiting for another rig run on "
            + PrintedPaths.of(realRoot)
            + " to finish (it holds "
            + RootPaths.LOCK_FILE
            + ")";
    ReentrantLock jvmLock = IN_THIS_JVM.computeIfAbsent(realRoot, root -> new ReentrantLock());
    boolean toldWaiting = false;
    if (!jvmLock.tryLock()) {
      notices.accept(waiting);
      toldWaiting = true;
      jvmLock.lock();
    }
    FileChannel channel = null;
    Path lockFile = realRoot.resolve(RootPaths.LOCK_FILE);
    try {
      requireRegularFile(lockFile);
      // Read and write: opening a named pipe that way does not block, should one appear after the
      // check above; the check below then refuses it.
      channel =
          FileChannel.open(
              lockFile,
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              LinkOption.NOFOLLOW_LINKS);
      requireRegularFile(lockFile);
      FileLock fileLock = channel.tryLock();
      if (fileLock == null) {
        if (!toldWaiting) {
          notices.accept(waiting);
        }
        fileLock = channel.lock();
      }
      return new RootLock(jvmLock, channel, fileLock);
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      jvmLock.unlock();
      throw e;
    }
  }

  /** The lock file is something rig cannot lock: a named pipe, a folder, a link, a device. */
  static final class NotAFileException extends IOException {
    private static final long serialVersionUID = 1L;

    NotAFileException(String message) {
      super(message);
    }
  }

  /** Refuses a lock file that exists and is not a regular file; opening a pipe would block. */
  private static void requireRegularFile(Path lockFile) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes =
          Files.readAttributes(lockFile, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return;
    }
    if (!attributes.isRegularFile()) {
      throw new NotAFileException(
          RootPaths.LOCK_FILE
              + " in "
              + PrintedPaths.of(lockFile.getParent())
              + " is "
              + kind(lockFile, attributes)
              + ", not a regular file; rig keeps its lock in that file and does not wait on"
              + " anything else");
    }
  }

  private static String kind(Path file, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a folder";
    }
    if (attributes.isSymbolicLink()) {
      return "a symbolic link";
    }
    try {
      int mode = (Integer) Files.getAttribute(file, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      int type = mode & 0170000;
      switch (type) {
        case 0010000:
          return "a named pipe";
        case 0140000:
          return "a socket";
        case 0020000:
        case 0060000:
          return "a device";
        default:
          break;
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // No unix attributes here: say only what is certain.
    }
    return "a special file";
  }

  @Override
  public void close() throws IOException {
    try {
      fileLock.release();
      channel.close();
    } finally {
      jvmLock.unlock();
    }
  }
}
