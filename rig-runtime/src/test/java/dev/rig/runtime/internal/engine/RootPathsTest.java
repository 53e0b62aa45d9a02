package dev.rig.runtime.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RootPaths} checks a folder once per run; what it answers must not depend on that. */
class RootPathsTest {

  @TempDir Path temp;

  @Test
  void everyFileOfALinkedFolderInsideTheRootResolvesToTheLinksTarget() throws Exception {
    Path root = Files.createDirectories(temp.resolve("root")).toRealPath();
    Files.createDirectories(root.resolve("site/pages"));
    Files.createSymbolicLink(root.resolve("docs"), Path.of("site"));
    RootPaths paths = new RootPaths(root);

    assertThat(paths.resolve("docs/pages/a.md")).isEqualTo(root.resolve("site/pages/a.md"));
    assertThat(paths.resolve("docs/pages/b.md")).isEqualTo(root.resolve("site/pages/b.md"));
  }

  @Test
  void aFolderThatLeadsOutsideIsRefusedForEveryFileInIt() throws Exception {
    Path root = Files.createDirectories(temp.resolve("root"));
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.createSymbolicLink(root.resolve("config"), outside);
    RootPaths paths = new RootPaths(root.toRealPath());

    for (String file : new String[] {"config/a.yaml", "config/b.yaml"}) {
      assertThatThrownBy(() -> paths.resolve(file))
          .isInstanceOf(RootPaths.UnsafePathException.class)
          .hasMessageStartingWith("reaches outside the project root through the symbolic link");
    }
  }

  @Test
  void aFolderMadeDuringTheRunIsCheckedWhenItAppears() throws Exception {
    Path root = Files.createDirectories(temp.resolve("root")).toRealPath();
    RootPaths paths = new RootPaths(root);
    assertThat(paths.resolve("conf/a.yaml")).isEqualTo(root.resolve("conf/a.yaml"));

    // Not there at the first question, so not remembered: a link made in its place is seen.
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.createSymbolicLink(root.resolve("conf"), outside);
    assertThatThrownBy(() -> paths.resolve("conf/b.yaml"))
        .isInstanceOf(RootPaths.UnsafePathException.class)
        .hasMessageContaining("symbolic link");
  }
}
