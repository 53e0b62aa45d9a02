package dev.rig.runtime.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under the POSIX locale the JVM cannot name a file that is not ASCII, on JDK 17 as on JDK 25:
 * rig says that the locale is the cause and how to run it, instead of blaming the config.
 */
@EnabledOnOs(OS.LINUX)
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FileNameEncodingTest {

  @TempDir Path root;

  private String run(Map<String, String> env) throws Exception {
    Path errLog = root.resolveSibling(root.getFileName() + ".err");
    try (ChildJvm child = ChildJvm.start(errLog, env, FileNameChild.class, root.toString())) {
      String line = child.readLine();
      child.waitFor();
      return line;
    }
  }

  @Test
  void underThePosixLocaleRigNamesTheLocaleAsTheCauseAndWritesNothing() throws Exception {
    String message = run(Map.of("LANG", "C", "LC_ALL", "C"));

    assertTrue(message.startsWith("com.acme.CafeConfigFile names the file caf"), message);
    assertTrue(
        message.contains(
            ", which this JVM cannot name: it names files in ANSI_X3.4-1968 (sun.jnu.encoding,"
                + " from the locale LC_ALL=C)|  run rig under a UTF-8 locale, for example with"
                + " LC_ALL=C.UTF-8 in its environment (the config is fine;"),
        message);
    try (var files = Files.list(root)) {
      assertEquals(
          0,
          files.filter(file -> !file.getFileName().toString().equals(RootPaths.LOCK_FILE)).count(),
          "nothing but the lock file, which holds no data");
    }
  }

  @Test
  void underAUtf8LocaleTheSameFileIsSynced() throws Exception {
    assertEquals("synced", run(Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8")));
    assertTrue(Files.exists(root.resolve(FileNameChild.NAME)));
  }
}
