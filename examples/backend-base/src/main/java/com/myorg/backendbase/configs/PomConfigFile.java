package com.myorg.backendbase.configs;

import dev.rig.annotations.RigConfig;
import java.util.List;

/**
 * pom.xml of every backend service: service-base's pom plus the database stack. Overriding
 * service-base's class (not rig's) keeps everything service-base adds.
 */
@RigConfig
public class PomConfigFile extends com.myorg.servicebase.configs.PomConfigFile {

  @Override
  protected List<String> dependencies() {
    List<String> dependencies = super.dependencies();
    dependencies.add("com.zaxxer:HikariCP:7.1.0"); // connection pool
    dependencies.add("org.flywaydb:flyway-core:13.12.1"); // schema migrations
    return dependencies;
  }
}
