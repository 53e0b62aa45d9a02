package com.myorg.notification.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import dev.rig.runtime.format.YamlConfigFile;
import java.nio.file.Path;
import java.util.Map;

/** config/notification.yaml: the channels the notification service sends on and its retries. */
@RigConfig
public class NotificationConfigFile extends YamlConfigFile {

  @Override
  protected Path parentPath() {
    return Path.of("config");
  }

  @Override
  protected Map<String, Object> configs() {
    return Tree.map(
        "notification",
        Tree.map(
            "channels", Tree.list("email", "sms", "push"),
            "retry", Tree.map("max_attempts", 5, "backoff_seconds", 30)));
  }
}
