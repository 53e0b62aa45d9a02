package dev.rig.runtime.configs.facts;

import dev.rig.runtime.PomFacts;
import java.util.List;
import java.util.Map;

/**
 * What the project's build already manages, as far as rig can tell from the pom itself, without
 * resolving the effective model: the pom's {@code <dependencyManagement>}, the BOMs it imports, and
 * the well-known platforms (a parent or a BOM) whose version families are a fact about them.
 *
 * <p>rig reads no parent pom and no BOM: the test run that checks a project has no Maven model, and
 * a requirement that depended on the local repository's contents could differ between the test run
 * and {@code rig:check}. So the rules are conservative and the same everywhere:
 *
 * <ul>
 *   <li>a dependency is managed when the pom's {@code dependencyManagement} lists it, when an
 *       imported BOM's groupId is its family ({@code org.junit:junit-bom} manages {@code
 *       org.junit.jupiter:*}, {@code com.fasterxml.jackson:jackson-bom} {@code
 *       com.fasterxml.jackson.core:*}), or when a platform below (as parent or BOM) manages its
 *       family;
 *   <li>under a {@code <parent>}, Maven's own plugins are the parent's to version (every parent in
 *       use manages them, and Maven's default bindings version the lifecycle ones otherwise).
 * </ul>
 */
public final class ManagedVersions {

  private static final List<String> SPRING_BOOT =
      List.of(
          "org.junit", "org.assertj", "org.mockito", "ch.qos.logback", "org.slf4j",
          "com.fasterxml.jackson", "io.micrometer");

  private static final List<String> QUARKUS =
      List.of("org.junit", "org.assertj", "org.mockito", "com.fasterxml.jackson", "io.micrometer");

  private static final List<String> MICRONAUT =
      List.of("org.junit", "org.slf4j", "com.fasterxml.jackson");

  /**
   * Platforms (as {@code groupId:artifactId} of the parent or the imported BOM) and the families
   * (groupId prefixes) of common dependencies that they manage.
   */
  private static final Map<String, List<String>> PLATFORMS =
      Map.of(
          "org.springframework.boot:spring-boot-starter-parent", SPRING_BOOT,
          "org.springframework.boot:spring-boot-dependencies", SPRING_BOOT,
          "io.quarkus:quarkus-bom", QUARKUS,
          "io.quarkus.platform:quarkus-bom", QUARKUS,
          "io.micronaut.platform:micronaut-parent", MICRONAUT,
          "io.micronaut.platform:micronaut-platform", MICRONAUT);

  private final PomFacts pom;

  private ManagedVersions(PomFacts pom) {
    this.pom = pom;
  }

  /** What {@code pom} manages. */
  public static ManagedVersions of(PomFacts pom) {
    return new ManagedVersions(pom);
  }

  /**
   * Whether the build manages this dependency's version: rig then requires it without one, so that
   * it never pins one member of a family the build keeps together, nor downgrades it.
   */
  public boolean managesDependency(String groupId, String artifactId) {
    for (PomFacts.Managed entry : pom.managed()) {
      if (entry.isImport()) {
        if (inFamily(groupId, entry.groupId())
            || platformManages(entry.groupId() + ":" + entry.artifactId(), groupId)) {
          return true;
        }
      } else if (entry.groupId().equals(groupId) && entry.artifactId().equals(artifactId)) {
        return true;
      }
    }
    String parent =
        pom.parent("groupId").orElse("") + ":" + pom.parent("artifactId").orElse("");
    return platformManages(parent, groupId);
  }

  /** Whether Maven's own plugins are versioned by the parent: the pom has a {@code <parent>}. */
  public boolean parentVersionsMavenPlugins() {
    return pom.hasParent();
  }

  private static boolean platformManages(String platform, String groupId) {
    return PLATFORMS.getOrDefault(platform, List.of()).stream()
        .anyMatch(family -> inFamily(groupId, family));
  }

  /** {@code org.junit.jupiter} is in the family {@code org.junit}; {@code org.junitx} is not. */
  private static boolean inFamily(String groupId, String family) {
    return !family.isEmpty() && (groupId.equals(family) || groupId.startsWith(family + "."));
  }
}
