package dev.rig.runtime.format;

import static dev.rig.runtime.Tree.map;

import dev.rig.runtime.MalformedFileException;
import java.util.List;

/** Runs one format inside {@link FormatClassLoadingTest}'s isolated class loader. */
public final class LazyLoadingProbe {

  private LazyLoadingProbe() {}

  public static void constructYaml() {
    new TestConfigs.Yaml(map("a", 1)).extension();
  }

  public static void yaml() throws MalformedFileException {
    new TestConfigs.Yaml(map("a", 1)).plan("a: 2\n");
  }

  public static void json() throws MalformedFileException {
    new TestConfigs.Json(map("a", 1)).plan("{\"a\": 2}");
  }

  public static void toml() throws MalformedFileException {
    new TestConfigs.Toml(map("a", 1)).plan("a = 2\n");
  }

  public static void xml() throws MalformedFileException {
    new TestConfigs.Xml(map("a", map("b", 1))).plan("<a><b>2</b></a>");
  }

  public static void properties() throws MalformedFileException {
    new TestConfigs.Properties(map("a", 1)).plan("a=2\n");
  }

  public static void text() throws MalformedFileException {
    new TestConfigs.Text(List.of("a")).plan("b\n");
  }
}
