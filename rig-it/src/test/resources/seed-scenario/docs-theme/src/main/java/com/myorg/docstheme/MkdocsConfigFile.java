package com.myorg.docstheme;

import dev.rig.annotations.RigConfig;
import java.util.Map;

/** The docs team's mkdocs.yml: rig's site with a font of their choosing. */
@RigConfig
public class MkdocsConfigFile extends dev.rig.runtime.configs.MkdocsConfigFile {

  @Override
  protected Map<String, Object> configs() {
    Map<String, Object> config = super.configs();
    @SuppressWarnings("unchecked") // rig's mkdocs.yml always has a theme map
    Map<String, Object> theme = (Map<String, Object>) config.get("theme");
    theme.put("font", Map.of("text", "Inter"));
    return config;
  }
}
