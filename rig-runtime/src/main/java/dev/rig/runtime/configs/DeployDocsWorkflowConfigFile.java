package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code .github/workflows/deploy_docs.yml}: after each successful run of the Release workflow (and
 * on demand), builds the MkDocs site strictly and deploys it to GitHub Pages. Enable Pages with
 * "GitHub Actions" as its source in the repository's settings.
 */
@RigConfig
public class DeployDocsWorkflowConfigFile extends WorkflowConfigFile {

  @Override
  protected String fileName() {
    return "deploy_docs.yml";
  }

  /** The steps that build the site and upload it. A fresh, mutable list. */
  protected List<Object> buildSteps() {
    Map<String, Object> checkout = checkoutStep();
    checkout.put(
        "with", Tree.map("ref", "${{ github.event.workflow_run.head_sha || github.sha }}"));
    Map<String, Object> python =
        usesStep("setup-python", "Set up Python", "actions/setup-python@v5");
    python.put("with", Tree.map("python-version", "3.x"));
    Map<String, Object> upload =
        usesStep("upload", "Upload the site", "actions/upload-pages-artifact@v3");
    upload.put("with", Tree.map("path", "site"));

    List<Object> steps = new ArrayList<>();
    steps.add(checkout);
    steps.add(python);
    steps.add(runStep("install", "Install MkDocs", "pip install mkdocs-material"));
    steps.add(runStep("build", "Build the site", "mkdocs build --strict"));
    steps.add(usesStep("configure-pages", "Configure GitHub Pages", "actions/configure-pages@v5"));
    steps.add(upload);
    return steps;
  }

  @Override
  protected Map<String, Object> configs() {
    return Tree.map(
        "name", "Deploy Docs",
        "on",
            Tree.map(
                "workflow_run",
                    Tree.map(
                        "workflows", Tree.list(ReleaseWorkflowConfigFile.WORKFLOW_NAME),
                        "types", Tree.list("completed")),
                "workflow_dispatch", Tree.map()),
        "permissions", Tree.map("contents", "read", "pages", "write", "id-token", "write"),
        "concurrency", Tree.map("group", "pages", "cancel-in-progress", false),
        "jobs",
            Tree.map(
                "build",
                    Tree.map(
                        "name",
                        "Build the docs",
                        "if",
                        "github.event_name == 'workflow_dispatch'"
                            + " || github.event.workflow_run.conclusion == 'success'",
                        "runs-on",
                        "ubuntu-latest",
                        "steps",
                        buildSteps()),
                "deploy",
                    Tree.map(
                        "name", "Deploy to GitHub Pages",
                        "needs", "build",
                        "runs-on", "ubuntu-latest",
                        "environment",
                            Tree.map(
                                "name", "github-pages",
                                "url", "${{ steps.deploy.outputs.page_url }}"),
                        "steps",
                            Tree.list(
                                usesStep(
                                    "deploy",
                                    "Deploy to GitHub Pages",
                                    "actions/deploy-pages@v4")))));
  }
}
