package dev.rig.runtime.configs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rig.runtime.MalformedFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rig bases' group in {@code .github/dependabot.yml}: a base release (and the release of the
 * bases under it) arrives as one pull request per service. rig adds the group to the team's own
 * maven entry and changes nothing else of the file.
 */
class DependabotConfigFileTest {

  private static final String PATH = ".github/dependabot.yml";

  @TempDir Path folder;

  private ProjectFixture fixture() {
    return ProjectFixture.authService(folder.resolve("auth-service"));
  }

  /** What sync writes into {@code existing}; {@code existing} itself when it is correct. */
  private static String sync(ProjectFixture fixture, DependabotConfigFile config, String existing)
      throws MalformedFileException {
    fixture.write(PATH, existing);
    return config.attach(fixture.project()).plan(existing).orElse(existing);
  }

  @Test
  void aNewFileGroupsEveryBaseOfTheChainAndRigsOwnArtifacts() {
    ProjectFixture fixture =
        fixture()
            .depth(3)
            .bases(
                "dev.rig:rig-runtime:0.1.0",
                "com.acme:service-base:2.0.0",
                "com.acme:backend-base:1.1.0");
    assertEquals(
        """
        version: 2
        updates:
          - package-ecosystem: maven
            directory: /
            schedule:
              interval: weekly
            groups:
              rig-bases:
                patterns:
                  - dev.rig:rig-runtime
                  - dev.rig:rig-processor
                  - dev.rig:rig-maven-plugin
                  - com.acme:service-base
                  - com.acme:backend-base
          - package-ecosystem: github-actions
            directory: /
            schedule:
              interval: weekly
        """,
        fixture.render(new DependabotConfigFile()));
  }

  @Test
  void aTeamsOwnFileKeepsItsScheduleEntriesAndCommentsAndGainsOnlyTheGroup()
      throws MalformedFileException {
    String existing =
        """
        # Dependabot, as the payments team runs it
        version: 2
        updates:
          - package-ecosystem: "maven"
            directory: "/"
            schedule:
              interval: "daily"   # we release daily
              time: "05:00"
            open-pull-requests-limit: 3
            groups:
              spring:
                patterns: ["org.springframework*"]
            ignore:
              - dependency-name: "com.h2database:h2"
          - package-ecosystem: docker
            directory: /deploy
            schedule:
              interval: monthly
          - package-ecosystem: github-actions
            directory: /
            schedule:
              interval: monthly
        """;
    String after = sync(fixture(), new DependabotConfigFile(), existing);
    assertEquals(
        """
        # Dependabot, as the payments team runs it
        version: 2
        updates:
          - package-ecosystem: "maven"
            directory: "/"
            schedule:
              interval: "daily"   # we release daily
              time: "05:00"
            open-pull-requests-limit: 3
            groups:
              spring:
                patterns: ["org.springframework*"]
              rig-bases:
                patterns:
                  - dev.rig:rig-runtime
                  - dev.rig:rig-processor
                  - dev.rig:rig-maven-plugin
                  - com.acme:service-base
            ignore:
              - dependency-name: "com.h2database:h2"
          - package-ecosystem: docker
            directory: /deploy
            schedule:
              interval: monthly
          - package-ecosystem: github-actions
            directory: /
            schedule:
              interval: monthly
        """,
        after);
  }

  @Test
  void aFileThatAlreadyHasTheGroupIsNotTouchedAndKeepsPatternsTheTeamAdded()
      throws MalformedFileException {
    String existing =
        """
        version: 2
        updates:
          - package-ecosystem: maven
            directory: /
            schedule:
              interval: daily
            groups:
              rig-bases:
                patterns:
                  - com.acme:service-base
                  - com.acme.platform:*
                  - dev.rig:rig-maven-plugin
                  - dev.rig:rig-processor
                  - dev.rig:rig-runtime
          - package-ecosystem: github-actions
            directory: /
            schedule:
              interval: weekly
        """;
    ProjectFixture fixture = fixture();
    fixture.write(PATH, existing);
    assertEquals(
        Optional.empty(),
        new DependabotConfigFile().attach(fixture.project()).plan(existing),
        "the file already groups every base");
  }

  @Test
  void aProjectOnNoKnownBaseGetsNoGroup() {
    String rendered = fixture().depth(0).bases().render(new DependabotConfigFile());
    assertFalse(rendered.contains("groups"), rendered);
  }

  @Test
  void aBaseWithoutRecordedCoordinatesIsLeftOut() {
    String rendered =
        fixture().bases("", "com.acme:service-base:2.0.0").render(new DependabotConfigFile());
    assertTrue(rendered.contains("- com.acme:service-base\n"), rendered);
    assertFalse(rendered.contains("dev.rig"), rendered);
  }

  /**
   * An organisation groups its platform libraries with the bases, the seed's way: super, add (a
   * fixture, so not annotated; a base's own class is {@code @RigConfig}).
   */
  static class PlatformDependabot extends DependabotConfigFile {
    @Override
    protected List<String> basePatterns() {
      List<String> patterns = super.basePatterns();
      patterns.add("com.acme.platform:*");
      return patterns;
    }

    @Override
    protected String basesGroup() {
      return "acme-platform";
    }
  }

  @Test
  void anOverrideAddsItsOwnPatternsAndNamesTheGroup() {
    String rendered = fixture().render(new PlatformDependabot());
    assertTrue(
        rendered.contains(
            """
                groups:
                  acme-platform:
                    patterns:
                      - dev.rig:rig-runtime
                      - dev.rig:rig-processor
                      - dev.rig:rig-maven-plugin
                      - com.acme:service-base
                      - com.acme.platform:*
            """),
        rendered);
  }
}
