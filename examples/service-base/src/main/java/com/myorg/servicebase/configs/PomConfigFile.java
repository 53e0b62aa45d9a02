package com.myorg.servicebase.configs;

import dev.rig.annotations.RigConfig;
import java.util.List;

/**
 * pom.xml of every myorg service: rig's Maven setup plus the libraries every service shares, and a
 * coverage minimum that fits services better than rig's default.
 */
@RigConfig
public class PomConfigFile extends dev.rig.runtime.configs.PomConfigFile {

  @Override
  protected List<String> dependencies() {
    List<String> dependencies = super.dependencies();
    dependencies.add("net.logstash.logback:logstash-logback-encoder:9.0"); // JSON logging
    dependencies.add("ch.qos.logback:logback-classic:1.6.6");
    dependencies.add("io.prometheus:prometheus-metrics-core:1.10.0"); // metrics
    dependencies.add("io.sentry:sentry:8.63.0"); // error tracking
    return dependencies;
  }

  /** 85% of instructions: realistic for services, whose glue code is tested end to end. */
  @Override
  protected String coverageMinimum() {
    return "0.85";
  }
}
