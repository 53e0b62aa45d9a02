package com.myorg.notification.configs;

import dev.rig.annotations.RigConfig;

/** notification-service moves to Java 21 ahead of the other services. */
@RigConfig
public class PomConfigFile extends com.myorg.backendbase.configs.PomConfigFile {
  @Override
  protected String javaRelease() {
    return "21";
  }
}
