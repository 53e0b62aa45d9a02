package com.myorg.servicebase.configs;

import dev.rig.annotations.RigConfig;
import dev.rig.runtime.Tree;
import dev.rig.runtime.format.YamlConfigFile;
import java.nio.file.Path;
import java.util.Map;

/**
 * config/logging.yaml: one logging setup for every service, JSON lines on the console so that the
 * log pipeline can parse every service the same way.
 */
@RigConfig
public class LoggingConfigFile extends YamlConfigFile {

  @Override
  protected Path parentPath() {
    return Path.of("config");
  }

  @Override
  protected Map<String, Object> configs() {
    return Tree.map(
        "logging",
        Tree.map(
            "version", 1,
            "formatters",
                Tree.map(
                    "json",
                    Tree.map(
                        "class", "net.logstash.logback.encoder.LogstashEncoder",
                        "format", "%logger %level %message")),
            "handlers",
                Tree.map(
                    "console",
                    Tree.map(
                        "class", "ch.qos.logback.core.ConsoleAppender",
                        "formatter", "json",
                        "level", "INFO")),
            "root", Tree.map("level", "INFO", "handlers", Tree.list("console"))));
  }
}
