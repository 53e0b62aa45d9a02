package com.myorg.notification.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import java.util.Map;

/**
 * service-base's config/logging.yaml, plus one logger: delivery failures of this service are
 * worth DEBUG. A service customises a shared file by subclassing it and changing one thing.
 */
@RigConfig
public class LoggingConfigFile extends com.myorg.servicebase.configs.LoggingConfigFile {

  @Override
  protected Map<String, Object> configs() {
    Map<String, Object> config = super.configs();
    @SuppressWarnings("unchecked") // service-base's logging.yaml always has a logging map
    Map<String, Object> logging = (Map<String, Object>) config.get("logging");
    logging.put("loggers", Tree.map("com.myorg.notification.delivery", Tree.map("level", "DEBUG")));
    return config;
  }
}
