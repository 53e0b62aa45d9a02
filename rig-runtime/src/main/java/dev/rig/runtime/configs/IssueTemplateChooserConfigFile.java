package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import java.util.Map;

/**
 * {@code .github/ISSUE_TEMPLATE/config.yml}: the page where a reporter picks an issue form. When
 * the repository is on GitHub it also points security reports to the private advisory form.
 */
@RigConfig
public class IssueTemplateChooserConfigFile extends IssueTemplateConfigFile {

  @Override
  protected String fileName() {
    return "config.yml";
  }

  @Override
  protected Map<String, Object> configs() {
    Map<String, Object> config = Tree.map("blank_issues_enabled", true);
    ProjectInfo.of(project())
        .gitHub()
        .ifPresent(
            remote ->
                config.put(
                    "contact_links",
                    Tree.list(
                        Tree.map(
                            "name", "Report a security vulnerability",
                            "url", remote.webUrl() + "/security/advisories/new",
                            "about",
                                "Please report vulnerabilities privately, never in a public"
                                    + " issue."))));
    return config;
  }
}
