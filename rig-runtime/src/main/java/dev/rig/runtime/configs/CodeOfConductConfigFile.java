package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.format.MarkdownConfigFile;
import java.util.List;

/**
 * {@code CODE_OF_CONDUCT.md}: adopts the Contributor Covenant 2.1 by reference and says how to
 * report a problem.
 */
@RigConfig
public class CodeOfConductConfigFile extends MarkdownConfigFile {

  @Override
  protected String fileName() {
    return "CODE_OF_CONDUCT.md";
  }

  /** Not in a module of a multi-module build: the code of conduct belongs to the build's root. */
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
    return Lines.of(
        """
        # Code of Conduct

        This project adopts the [Contributor Covenant, version 2.1]\
        (https://www.contributor-covenant.org/version/2/1/code_of_conduct/) as its code of \
        conduct. Everyone who takes part in the project, in its issues, pull requests, \
        discussions and any other space, is expected to follow it.

        In short: be welcoming and kind, respect differing views and experiences, give and \
        accept constructive feedback gracefully, and put the good of the community first. \
        Harassment, insults and personal attacks are not tolerated.

        ## Reporting

        Report unacceptable behaviour privately to the project's maintainers, who are listed \
        in [.github/CODEOWNERS](.github/CODEOWNERS). Every report is reviewed promptly and \
        fairly, and the privacy of the person who reports it is respected.
        """);
  }
}
