package dev.rig.runtime.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
            + realRoot
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
    try {
      channel =
          FileChannel.open(
              realRoot.resolve(RootPaths.LOCK_FILE),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              LinkOption.NOFOLLOW_LINKS);
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
