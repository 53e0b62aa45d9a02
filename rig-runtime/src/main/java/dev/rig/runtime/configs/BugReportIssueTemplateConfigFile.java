package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import java.util.Map;

/** {@code .github/ISSUE_TEMPLATE/bug_report.yml}: an issue form for something that is broken. */
@RigConfig
public class BugReportIssueTemplateConfigFile extends IssueTemplateConfigFile {

  @Override
  protected String fileName() {
    return "bug_report.yml";
  }

  @Override
  protected Map<String, Object> configs() {
    return Tree.map(
        "name",
        "Bug report",
        "description",
        "Something does not work as documented.",
        "labels",
        Tree.list("bug"),
        "body",
        Tree.list(
            textarea(
                "what-happened",
                "What happened?",
                "What you did, what you expected, and what happened instead.",
                true),
            textarea(
                "reproduce",
                "How can it be reproduced?",
                "The smallest steps, command or project that shows the problem.",
                true),
            input(
                "version",
                "Version",
                "The version you use, as in pom.xml or on the releases page.",
                false),
            textarea(
                "environment",
                "Environment",
                "Operating system, JDK (java -version) and Maven (mvn -v).",
                false)));
  }
}
