package dev.rig.runtime.configs;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The fixed project every default is rendered for in tests: auth-service of the seed, at depth 2
 * (rig → service-base → auth-service, so its bases are rig-runtime and service-base), on GitHub as acme/auth-service, with a pom whose build
 * timestamp (and so the LICENSE year) is 2026.
 */
final class ProjectFixture {

  static final String POM =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <project xmlns="http://maven.apache.org/POM/4.0.0">
        <modelVersion>4.0.0</modelVersion>
        <groupId>com.acme</groupId>
        <artifactId>auth-service</artifactId>
        <version>1.4.0-SNAPSHOT</version>
        <name>Auth Service</name>
        <description>Issues and checks the tokens of every Acme service.</description>
        <properties>
          <maven.compiler.release>17</maven.compiler.release>
          <project.build.outputTimestamp>2026-03-01T00:00:00Z</project.build.outputTimestamp>
        </properties>
      </project>
      """;

  static final String GIT_CONFIG =
      """
      [core]
      \trepositoryformatversion = 0
      [remote "origin"]
      \turl = git@github.com:acme/auth-service.git
      \tfetch = +refs/heads/*:refs/remotes/origin/*
      [user]
      \tname = Ada Lovelace
      """;

  private final Path root;
  private int depth = 2;
  private String libraryCoordinates = "com.acme:auth-service:1.4.0-SNAPSHOT";
  private List<String> bases = List.of("dev.rig:rig-runtime:0.1.0", "com.acme:service-base:2.0.0");

  private ProjectFixture(Path root) {
    this.root = root;
  }

  /** auth-service in {@code folder}, with its pom.xml and .git/config written. */
  static ProjectFixture authService(Path folder) {
    ProjectFixture fixture = new ProjectFixture(folder);
    fixture.write("pom.xml", POM);
    fixture.write(".git/config", GIT_CONFIG);
    return fixture;
  }

  ProjectFixture depth(int depth) {
    this.depth = depth;
    return this;
  }

  /** The rig libraries the project builds on, shallowest first ({@code Project.bases()}). */
  ProjectFixture bases(String... coordinates) {
    this.bases = List.of(coordinates);
    return this;
  }

  ProjectFixture library(String coordinates) {
    this.libraryCoordinates = coordinates;
    return this;
  }

  ProjectFixture write(String relative, String text) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  ProjectFixture delete(String relative) {
    try {
      Files.deleteIfExists(root.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  Path root() {
    return root;
  }

  Project project() {
    return new Project(
        root,
        "com.acme",
        "auth-service",
        "1.4.0-SNAPSHOT",
        "Auth Service",
        "Issues and checks the tokens of every Acme service.",
        "com.acme.auth",
        depth,
        libraryCoordinates)
        .withBases(bases);
  }

  /** The text of a file that holds exactly what {@code config} requires for this project. */
  String render(ConfigFile<?> config) {
    return config.attach(project()).renderRequired();
  }
}
