package dev.rig.runtime.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import dev.rig.runtime.content.ItemIdentity;
import dev.rig.runtime.format.YamlConfigFile;
import java.util.List;
import java.util.Map;

/**
 * {@code mkdocs.yml}: a Material for MkDocs site built from {@code docs/}, with a light and a dark
 * palette, deployed by the Deploy Docs workflow.
 *
 * <p>A base rebrands it the way the seed does:
 *
 * <pre>{@code
 * @RigConfig
 * public class MkdocsConfigFile extends dev.rig.runtime.configs.MkdocsConfigFile {
 *   @Override protected Map<String, Object> configs() {
 *     Map<String, Object> config = super.configs();
 *     Map<String, Object> theme = (Map<String, Object>) config.get("theme");
 *     theme.put("palette", Tree.list(...));
 *     theme.put("logo", "assets/logo.png");
 *     return config;
 *   }
 * }
 * }</pre>
 */
@RigConfig
public class MkdocsConfigFile extends YamlConfigFile {

  @Override
  protected String fileName() {
    return "mkdocs.yml";
  }

  /** Not in a module of a multi-module build: the docs site belongs to the build's root. */
  @Override
  protected boolean applies() {
    return !project().isModule();
  }

  /** A one-line mkdocs.yml (as {@code mkdocs new} starts with) is replaced by {@code init}. */
  @Override
  protected boolean removable() {
    return true;
  }

  /**
   * Palette entries are the same entry when their {@code scheme} agrees, so that a rebrand updates
   * a site's light and dark palettes in place instead of adding two more.
   */
  @Override
  protected ItemIdentity itemIdentity() {
    return ItemIdentity.field("scheme").or(ItemIdentity.defaults());
  }

  @Override
  protected Map<String, Object> configs() {
    ProjectInfo info = ProjectInfo.of(project());
    Map<String, Object> config = Tree.map("site_name", info.name());
    if (!info.description().isEmpty()) {
      config.put("site_description", info.description());
    }
    info.gitHub()
        .ifPresent(
            remote -> {
              config.put("repo_url", remote.webUrl());
              config.put("repo_name", remote.owner() + "/" + remote.repository());
            });
    config.put(
        "theme",
        Tree.map(
            "name", "material",
            "palette", palette("indigo", "indigo"),
            "features", Tree.list("navigation.sections", "navigation.top", "content.code.copy")));
    config.put("nav", Tree.list(Tree.map("Home", "index.md")));
    config.put(
        "markdown_extensions",
        Tree.list(
            "admonition", "pymdownx.superfences", Tree.map("toc", Tree.map("permalink", true))));
    return config;
  }

  /** A light and a dark scheme with a toggle between them, in the given Material colours. */
  protected static List<Object> palette(String primary, String accent) {
    return Tree.list(
        Tree.map(
            "scheme",
            "default",
            "primary",
            primary,
            "accent",
            accent,
            "toggle",
            Tree.map("icon", "material/brightness-7", "name", "Switch to dark mode")),
        Tree.map(
            "scheme",
            "slate",
            "primary",
            primary,
            "accent",
            accent,
            "toggle",
            Tree.map("icon", "material/brightness-4", "name", "Switch to light mode")));
  }
}
