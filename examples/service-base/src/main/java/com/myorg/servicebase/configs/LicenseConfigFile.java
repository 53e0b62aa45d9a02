package com.myorg.servicebase.configs;

import dev.rig.annotations.RigConfig;

/** LICENSE: rig's MIT license, held by the organisation rather than whoever ran rig first. */
@RigConfig
public class LicenseConfigFile extends dev.rig.runtime.configs.LicenseConfigFile {

  @Override
  protected String owner() {
    return "myorg";
  }
}
