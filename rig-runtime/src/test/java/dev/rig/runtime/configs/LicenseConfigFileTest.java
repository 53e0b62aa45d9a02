package dev.rig.runtime.configs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rig.runtime.internal.RuntimeAccess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LicenseConfigFileTest {

  @TempDir Path folder;

  private static String copyright(ProjectFixture fixture) {
    LicenseConfigFile license = new LicenseConfigFile();
    license.attach(fixture.project());
    List<String> lines = license.configs();
    return lines.get(2);
  }

  @Test
  void newLicenseNamesTheRemotesOwnerAndThePomsYear() {
    ProjectFixture fixture = ProjectFixture.authService(folder.resolve("auth-service"));
    assertEquals("Copyright (c) 2026 acme", copyright(fixture));
  }

  @Test
  void withoutARemoteTheGitUserHoldsTheCopyright() {
    ProjectFixture fixture =
        ProjectFixture.authService(folder.resolve("auth-service"))
            .write(".git/config", "[user]\n\tname = Ada Lovelace\n");
    assertEquals("Copyright (c) 2026 Ada Lovelace", copyright(fixture));
  }

  @Test
  void anExistingCopyrightLineIsKeptAsItIs() {
    ProjectFixture fixture =
        ProjectFixture.authService(folder.resolve("auth-service"))
            .write(
                "LICENSE",
                "MIT License\n\nCopyright (c) 2019-2024 Acme Corporation and contributors\n");
    assertEquals("Copyright (c) 2019-2024 Acme Corporation and contributors", copyright(fixture));
  }

  @Test
  void theYearFollowsTheBuildTimestampNotTheClock() {
    ProjectFixture fixture =
        ProjectFixture.authService(folder.resolve("auth-service"))
            .write(
                "pom.xml",
                "<project><properties>"
                    + "<project.build.outputTimestamp>1700000000</project.build.outputTimestamp>"
                    + "</properties></project>");
    assertEquals("Copyright (c) 2023 acme", copyright(fixture));
  }

  /** A base of the project's licence gives its text: the standard agrees, so no notice. */
  @Test
  void aDisagreeingLicenceGetsANoticeUnlessTheBaseGivesItsOwnText() {
    ProjectFixture fixture =
        ProjectFixture.authService(folder.resolve("auth-service"))
            .write("LICENSE", "SPDX-License-Identifier: Apache-2.0\n");
    LicenseConfigFile standard = new LicenseConfigFile();
    standard.attach(fixture.project());
    LicenseConfigFile apacheBase =
        new LicenseConfigFile() {
          @Override
          protected List<String> configs() {
            return new ArrayList<>(List.of("SPDX-License-Identifier: Apache-2.0"));
          }
        };
    apacheBase.attach(fixture.project());

    assertEquals(
        List.of(
            "kept the project's licence: LICENSE states Apache-2.0, the standard requires MIT;"
                + " rig does not overwrite a licence. If the project's licence is right, a base of"
                + " that licence overrides LicenseConfigFile.configs() with its text"),
        RuntimeAccess.get().planNotices(standard));
    assertEquals(List.of(), RuntimeAccess.get().planNotices(apacheBase));
  }
}
