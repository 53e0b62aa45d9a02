package dev.rig.runtime.internal.engine;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Child JVM of {@link ConcurrentSyncTest}: holds the root's lock the way a rig run in another
 * process does, until the parent sends a line.
 */
public final class LockHolderChild {

  private LockHolderChild() {}

  public static void main(String[] args) throws Exception {
    Path lockFile = Path.of(args[0]).resolve(".rig.lock");
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      System.out.println("locked");
      System.out.flush();
      new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
  }
}
