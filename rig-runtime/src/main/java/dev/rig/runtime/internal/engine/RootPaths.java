package dev.rig.runtime.internal.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the path a config asks for into the file rig may write, or refuses it. Config classes come
 * from third-party jars, so nothing a config says may reach outside the project root: not an
 * absolute path, not {@code ..} beyond the root, not a symbolic link (file or folder) whose target
 * lies outside. Links that stay inside the root are followed, so that rig writes the file they
 * point to instead of replacing the link.
 */
final class RootPaths {

  /** Name of the lock file in the root; see {@link RootLock}. */
  static final String LOCK_FILE = ".rig.lock";

  private final Path realRoot;
  private final Map<String, Path> folders = new HashMap<>();

  /**
   * @param realRoot the root as {@link Path#toRealPath} gives it
   */
  RootPaths(Path realRoot) {
    this.realRoot = realRoot;
  }

  Path realRoot() {
    return realRoot;
  }

  /** Why a path was refused, in words for the user. */
  static final class UnsafePathException extends Exception {
    private static final long serialVersionUID = 1L;

    UnsafePathException(String reason) {
      super(reason);
    }
  }

  /**
   * The relative path a config asked for, lexically normalized, as the user reads it ({@code /}
   * between names).
   *
   * @throws UnsafePathException when the path is absolute, empty or climbs above the root
   */
  static String normalize(Path asked) throws UnsafePathException {
    if (asked.isAbsolute() || asked.getRoot() != null) {
      throw new UnsafePathException("is an absolute path");
    }
    Path normalized = asked.normalize();
    if (normalized.getNameCount() == 0 || normalized.toString().isEmpty()) {
      throw new UnsafePathException("names no file");
    }
    if (normalized.getName(0).toString().equals("..")) {
      throw new UnsafePathException("climbs out of the project root with ..");
    }
    return slashed(normalized);
  }

  /**
   * The real location of {@code relative} (a result of {@link #normalize}) below the root: symbolic
   * links on the way are resolved, and every one must stay inside the root.
   *
   * @throws UnsafePathException when the path leaves the root, runs through a file, or names a
   *     folder or rig's lock file
   */
  Path resolve(String relative) throws UnsafePathException, IOException {
    Path asked = realRoot.getFileSystem().getPath(relative);
    int names = asked.getNameCount();
    // Many managed files share a folder (.github/workflows, docs): its names are checked once
    // per run. Only folders that exist are kept, so one that a sync creates is checked again.
    Path parent = asked.getParent();
    Path current = parent == null ? realRoot : folders.get(parent.toString());
    int first = current == null ? 0 : names - 1;
    if (current == null) {
      current = realRoot;
    }
    // One lstat per name instead of three (link? exists? folder?): the attributes of the path so
    // far, or null while it does not exist.
    BasicFileAttributes attributes = null;
    for (int i = first; i < names; i++) {
      Path next = current.resolve(asked.getName(i));
      boolean last = i == names - 1;
      attributes = attributes(next);
      if (attributes != null && attributes.isSymbolicLink()) {
        Path target;
        try {
          target = next.toRealPath();
        } catch (NoSuchFileException e) {
          throw new UnsafePathException(
              "runs through the symbolic link "
                  + shown(next)
                  + ", whose target does not exist; rig does not follow such a link");
        }
        if (!target.startsWith(realRoot)) {
          throw new UnsafePathException(
              "reaches outside the project root through the symbolic link "
                  + shown(next)
                  + " -> "
                  + PrintedPaths.of(target));
        }
        next = target;
        // A real path has no links left in it: its attributes are the target's own.
        attributes = attributes(next);
      }
      if (!last && attributes != null && !attributes.isDirectory()) {
        throw new UnsafePathException(shown(next) + " is a file, not a folder");
      }
      current = next;
      if (i == names - 2 && attributes != null) {
        folders.put(parent.toString(), current);
      }
    }
    if (attributes != null && attributes.isDirectory()) {
      throw new UnsafePathException("is a folder, not a file");
    }
    if (attributes != null && !attributes.isRegularFile()) {
      // A named pipe or a device would block the read or swallow the write.
      throw new UnsafePathException("is not a regular file");
    }
    if (current.equals(realRoot.resolve(LOCK_FILE))) {
      throw new UnsafePathException("is rig's own lock file");
    }
    if (!current.startsWith(realRoot) || current.equals(realRoot)) {
      throw new UnsafePathException("is outside the project root");
    }
    return current;
  }

  /** The attributes of {@code path} itself (a link is not followed), or null when it does not exist. */
  private static BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** A path inside the root as the user reads it, an outside one in full. */
  private String shown(Path path) {
    if (path.startsWith(realRoot) && !path.equals(realRoot)) {
      return PrintedPaths.of(slashed(realRoot.relativize(path)));
    }
    return PrintedPaths.of(path);
  }

  /** A relative path with {@code /} between its names, whatever the platform's separator. */
  static String slashed(Path relative) {
    StringBuilder display = new StringBuilder();
    for (Path name : relative) {
      if (display.length() > 0) {
        display.append('/');
      }
      display.append(name);
    }
    return display.toString();
  }
}
