package dev.rig.runtime.internal.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that a crash at any moment leaves it either old or new, never cut short: the
 * new bytes go to a temporary file in the same folder, are forced to disk, and the temporary file
 * is renamed over the target. The target's permissions are kept.
 *
 * <p>Temporary files are named {@code .<name>.<16 hex digits>.rig-tmp}. A run that is killed may
 * leave one behind; the next sync removes those of the files it manages (under the root lock, so
 * never one that another run is still writing).
 */
final class AtomicWriter {

  static final String TEMP_SUFFIX = ".rig-tmp";

  private AtomicWriter() {}

  /** Writes {@code bytes} to {@code target}, creating missing folders. */
  static void write(Path target, byte[] bytes) throws IOException {
    Path folder = target.getParent();
    Files.createDirectories(folder);
    Path temp = createTemp(folder, target.getFileName().toString());
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      keepPermissions(target, temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    forceFolder(folder);
  }

  /** Deletes temporary files that an earlier, killed run left next to {@code target}. */
  static void removeLeftovers(Path target) throws IOException {
    Path folder = target.getParent();
    if (!Files.isDirectory(folder)) {
      return;
    }
    String name = target.getFileName().toString();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        if (isTempOf(name, entry.getFileName().toString())) {
          Files.deleteIfExists(entry);
        }
      }
    }
  }

  /**
   * Whether {@code candidate} is a temporary file this class made for a file called {@code name}.
   */
  static boolean isTempOf(String name, String candidate) {
    String prefix = "." + name + ".";
    if (!candidate.startsWith(prefix) || !candidate.endsWith(TEMP_SUFFIX)) {
      return false;
    }
    String middle = candidate.substring(prefix.length(), candidate.length() - TEMP_SUFFIX.length());
    return middle.length() == 16 && middle.chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }

  /** A new, empty temporary file with the folder's default permissions (not 0600). */
  private static Path createTemp(Path folder, String name) throws IOException {
    while (true) {
      String random = String.format(Locale.ROOT, "%016x", ThreadLocalRandom.current().nextLong());
      Path temp = folder.resolve("." + name + "." + random + TEMP_SUFFIX);
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        // Another name will do.
      }
    }
  }

  private static void keepPermissions(Path target, Path temp) throws IOException {
    if (!Files.exists(target)) {
      return;
    }
    PosixFileAttributeView from = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (from != null && to != null) {
      to.setPermissions(from.readAttributes().permissions());
    }
  }

  /** Makes the rename durable. Not every platform can open a folder; there it is skipped. */
  private static void forceFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a folder as a channel; the rename is still atomic there.
    }
  }
}
