package dev.rig.runtime.internal.engine;

import dev.rig.runtime.testing.KeyValueFile;
import dev.rig.runtime.testing.TestRegistry;
import java.nio.file.Path;
import java.util.Map;

/**
 * Child JVM of {@link FileNameEncodingTest}: syncs one file whose name is not ASCII and prints
 * {@code synced}, or the message of the run that stopped. Argument: the root.
 */
public final class FileNameChild {

  static final String NAME = "caf\u00e9-\u65e5\u672c.properties";

  private FileNameChild() {}

  public static void main(String[] args) {
    TestRegistry registry =
        TestRegistry.create()
            .add("com.acme.CafeConfigFile", () -> new KeyValueFile(NAME, Map.of("a", "1")));
    try {
      Engine.of(registry, Path.of(args[0])).sync();
      System.out.println("synced");
    } catch (RigException e) {
      System.out.println(e.getMessage().replace("\n", "|"));
    }
  }
}
