package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.format.MarkdownConfigFile;
import java.util.List;

/**
 * {@code SECURITY.md}: which versions get fixes, and how to report a vulnerability privately
 * (GitHub's private vulnerability reporting, linked when the git remote is on GitHub).
 */
@RigConfig
public class SecurityConfigFile extends MarkdownConfigFile {

  @Override
  protected String fileName() {
    return "SECURITY.md";
  }

  /** Not in a module of a multi-module build: the security policy belongs to the build's root. */
  @Override
  protected boolean applies() {
    return !project().isModule();
  }

  @Override
  protected boolean removable() {
    return true;
  }

  @Override
  protected List<String> configs() {
    String whereToReport =
        ProjectInfo.of(project())
            .gitHub()
            .map(
                remote ->
                    "[open a private report]("
                        + remote.webUrl()
                        + "/security/advisories/new) on GitHub")
            .orElse("open a private report from the repository's Security tab on GitHub");
    return Lines.of(
        """
        # Security Policy

        ## Supported versions

        Security fixes are made in the latest release. Please upgrade to it before reporting \
        a problem.

        ## Reporting a vulnerability

        Please do not report security vulnerabilities in public issues, discussions or pull \
        requests. Instead, %s.

        Say what is affected, how to reproduce the problem and what an attacker could do with \
        it. The maintainers will confirm that they received the report, keep you informed \
        while they work on a fix, and credit you in the release notes unless you prefer \
        otherwise.
        """
            .formatted(whereToReport));
  }
}
