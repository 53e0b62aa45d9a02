package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import java.util.Map;

/** {@code .github/ISSUE_TEMPLATE/feature_request.yml}: an issue form for a new capability. */
@RigConfig
public class FeatureRequestIssueTemplateConfigFile extends IssueTemplateConfigFile {

  @Override
  protected String fileName() {
    return "feature_request.yml";
  }

  @Override
  protected Map<String, Object> configs() {
    return Tree.map(
        "name",
        "Feature request",
        "description",
        "Something the project should do but does not.",
        "labels",
        Tree.list("enhancement"),
        "body",
        Tree.list(
            textarea(
                "problem",
                "What problem would it solve?",
                "Who needs it, and what they do today without it.",
                true),
            textarea(
                "proposal",
                "What do you propose?",
                "How it would work, from the user's side.",
                true),
            textarea(
                "alternatives",
                "Alternatives",
                "Other ways to solve the problem that you considered.",
                false)));
  }
}
