package dev.rig.runtime.internal.facts;

import java.util.List;

/**
 * Facts several defaults must agree on, kept in one place: the README, CONTRIBUTING.md, the docs
 * and the health-check workflow all give the same build command.
 */
public final class BuildStandards {

  /** The one command that builds and tests a project, locally and in CI. */
  public static final String BUILD_COMMAND = "mvn -B -ntp install";

  /**
   * The first build of a project that existed before rig: from clean, because the classes it
   * compiled before rig-processor was on its processor path hold no registry of its own, and
   * Maven's incremental compile would keep them.
   */
  public static final String CLEAN_BUILD_COMMAND = "mvn -B -ntp clean install";

  /** Writes the managed files: rig-maven-plugin's {@code sync} goal. */
  public static final String SYNC_COMMAND = "mvn rig:sync";

  /** Shows what sync would change, writing nothing; runs in every {@code mvn verify}. */
  public static final String CHECK_COMMAND = "mvn rig:check";

  /** Lists the managed files and where each standard comes from. */
  public static final String LIST_COMMAND = "mvn rig:list";

  /** The JDKs the health check builds on: the Java 17 floor and the later LTS releases. */
  public static final List<Integer> TESTED_JDKS = List.of(17, 21, 25);

  /** The branch that releases are made from. */
  public static final String MAIN_BRANCH = "main";

  private BuildStandards() {}

  /** "17, 21 and 25". */
  public static String testedJdksInWords() {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < TESTED_JDKS.size(); i++) {
      if (i > 0) {
        words.append(i == TESTED_JDKS.size() - 1 ? " and " : ", ");
      }
      words.append(TESTED_JDKS.get(i));
    }
    return words.toString();
  }
}
