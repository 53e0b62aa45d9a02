package dev.rig.runtime.internal.engine;

import static dev.rig.runtime.testing.FileTrees.read;
import static dev.rig.runtime.testing.FileTrees.write;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.Contribution;
import dev.rig.runtime.Tree;
import dev.rig.runtime.configs.GitignoreConfigFile;
import dev.rig.runtime.configs.PomConfigFile;
import dev.rig.runtime.configs.RigRegistry;
import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RegisteredConfig;
import dev.rig.runtime.testing.TestRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario in process, with rig's real defaults: an observability and a security
 * library both contribute to pom.xml and .gitignore; a service that depends on both, with no
 * class of its own, gets both.
 */
class CooperatingLibrariesTest {

  @TempDir Path root;

  public static class ObservabilityPom extends Contribution<PomConfigFile> {
    @Override
    protected Map<String, Object> configs() {
      return Tree.map("project", Tree.map("dependencies", Tree.map("dependency", Tree.list(
          Tree.map("groupId", "io.micrometer", "artifactId", "micrometer-core",
              "version", "1.13.0")))));
    }
  }

  public static class SecurityPom extends Contribution<PomConfigFile> {
    @Override
    protected Map<String, Object> configs() {
      return Tree.map("project", Tree.map("dependencies", Tree.map("dependency", Tree.list(
          Tree.map("groupId", "org.bouncycastle", "artifactId", "bcprov-jdk18on",
              "version", "1.78.1")))));
    }
  }

  public static class ObservabilityGitignore extends Contribution<GitignoreConfigFile> {
    @Override
    protected List<String> configs() {
      return new ArrayList<>(List.of("*.hprof"));
    }
  }

  public static class SecurityGitignore extends Contribution<GitignoreConfigFile> {
    @Override
    protected List<String> configs() {
      return new ArrayList<>(List.of("*.jks"));
    }
  }

  @Test
  void aServiceOnBothLibrariesGetsBothContributionsToThePomAndGitignore() throws Exception {
    TestRegistry service = TestRegistry.create().depth(2).coordinates("com.acme:orders:1.0.0")
        .packageName("com.acme.orders");
    for (RegisteredConfig config : new RigRegistry().configs()) {
      service.add(config.className(), config.factory(), config.overrides(), 0,
          "dev.rig:rig-runtime:1.0.0");
    }
    String pom = PomConfigFile.class.getName();
    String ignore = GitignoreConfigFile.class.getName();
    service
        .contribute(ObservabilityPom.class.getName(), ObservabilityPom::new, pom, List.of(), 1,
            "com.obs:observability:1.0.0")
        .contribute(ObservabilityGitignore.class.getName(), ObservabilityGitignore::new, ignore,
            List.of(), 1, "com.obs:observability:1.0.0")
        .contribute(SecurityPom.class.getName(), SecurityPom::new, pom, List.of(), 1,
            "com.sec:security:2.0.0")
        .contribute(SecurityGitignore.class.getName(), SecurityGitignore::new, ignore,
            List.of(), 1, "com.sec:security:2.0.0");
    List<ConfigRegistry> classpath = new ArrayList<>(service.libraries());
    classpath.add(service);
    write(root.resolve("pom.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project>\n"
        + "  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.acme</groupId>\n"
        + "  <artifactId>orders</artifactId>\n  <version>1.0.0</version>\n</project>\n");
    ResolvedRegistry resolved = ClasspathRegistries.of(classpath).resolve(service, root);

    Engine.of(resolved, root).sync();

    String pomText = read(root.resolve("pom.xml"));
    assertTrue(pomText.contains("<artifactId>micrometer-core</artifactId>"), pomText);
    assertTrue(pomText.contains("<artifactId>bcprov-jdk18on</artifactId>"), pomText);
    String gitignore = read(root.resolve(".gitignore"));
    assertTrue(gitignore.contains("*.hprof\n"), gitignore);
    assertTrue(gitignore.contains("*.jks\n"), gitignore);
    assertFalse(Engine.of(resolved, root).check().changed());
  }
}
