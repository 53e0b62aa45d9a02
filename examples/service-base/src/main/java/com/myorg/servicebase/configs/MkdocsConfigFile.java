package com.myorg.servicebase.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import java.util.Map;

/**
 * mkdocs.yml in myorg's brand: rig's documentation site with a deep purple and amber palette, the
 * logo and the favicon. It keeps rig's class name, so it takes rig's place in every service.
 */
@RigConfig
public class MkdocsConfigFile extends dev.rig.runtime.configs.MkdocsConfigFile {

  @Override
  protected Map<String, Object> configs() {
    Map<String, Object> config = super.configs();
    @SuppressWarnings("unchecked") // rig's mkdocs.yml always has a theme map
    Map<String, Object> theme = (Map<String, Object>) config.get("theme");
    theme.put(
        "palette",
        Tree.list(
            scheme("slate", "material/brightness-4", "Light mode"),
            scheme("default", "material/brightness-7", "Dark mode")));
    theme.put("logo", "assets/logo.png");
    theme.put("favicon", "assets/favicon.ico");
    return config;
  }

  private static Map<String, Object> scheme(String scheme, String icon, String toggleName) {
    return Tree.map(
        "scheme", scheme,
        "primary", "deep purple",
        "accent", "amber",
        "toggle", Tree.map("icon", icon, "name", toggleName));
  }
}
