package dev.rig.bench.probe;

import dev.rig.runtime.ConfigFile;
import dev.rig.runtime.Tree;
import dev.rig.runtime.format.JsonConfigFile;
import dev.rig.runtime.format.MarkdownConfigFile;
import dev.rig.runtime.format.PropertiesConfigFile;
import dev.rig.runtime.format.TextConfigFile;
import dev.rig.runtime.format.TomlConfigFile;
import dev.rig.runtime.format.XmlConfigFile;
import dev.rig.runtime.format.YamlConfigFile;
import dev.rig.runtime.internal.ConfigRegistry;
import dev.rig.runtime.internal.RegisteredConfig;
import dev.rig.runtime.internal.engine.Engine;
import dev.rig.runtime.internal.engine.FileReport;
import dev.rig.runtime.internal.engine.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Figure 6's process: one {@code check} or {@code sync} of one big file of one format, in a fresh
 * JVM, through rig's engine as {@code RigMain} runs it. The file lacks one required value, so both
 * have one edit to make; check also makes the diff it would print. Prints {@code size-ms=N}, the
 * time of the engine call alone (the JVM's start-up is the same for every size).
 *
 * <p>Arguments: format (json, yaml, toml, properties, text, markdown, xml), root, check|sync. The
 * root holds {@code pristine.<ext>}, which sync copies over {@code bench.<ext>} first.
 */
public final class SizeProbe {

  private SizeProbe() {}

  public static void main(String[] args) throws Exception {
    String format = args[0];
    Path root = Path.of(args[1]);
    String ext = extension(format);
    Files.copy(root.resolve("pristine." + ext), root.resolve("bench." + ext),
        StandardCopyOption.REPLACE_EXISTING);
    Engine engine = Engine.of(registry(format), root).withNotices(notice -> { });
    long start = System.nanoTime();
    RunReport report = args[2].equals("sync") ? engine.sync() : engine.check();
    if (args[2].equals("check")) {
      for (FileReport file : report.changedFiles()) {
        file.diff();
      }
    }
    double ms = (System.nanoTime() - start) / 1e6;
    if (!report.changed()) {
      throw new IllegalStateException("the " + format + " file needed no edit");
    }
    System.out.println("size-ms=" + ms);
  }

  /** The file's extension for a format. */
  public static String extension(String format) {
    return switch (format) {
      case "text" -> "txt";
      case "markdown" -> "md";
      default -> format;
    };
  }

  private static ConfigRegistry registry(String format) {
    Supplier<ConfigFile<?>> factory = switch (format) {
      case "json" -> () -> new JsonConfigFile() {
            @Override protected String fileName() { return "bench.json"; }
            @Override protected Map<String, Object> configs() { return tree(); }
          };
      case "yaml" -> () -> new YamlConfigFile() {
            @Override protected String fileName() { return "bench.yaml"; }
            @Override protected Map<String, Object> configs() { return tree(); }
          };
      case "toml" -> () -> new TomlConfigFile() {
            @Override protected String fileName() { return "bench.toml"; }
            @Override protected Map<String, Object> configs() { return tree(); }
          };
      case "properties" -> () -> new PropertiesConfigFile() {
            @Override protected String fileName() { return "bench.properties"; }
            @Override protected Map<String, Object> configs() { return tree(); }
          };
      case "xml" -> () -> new XmlConfigFile() {
            @Override protected String fileName() { return "bench.xml"; }
            @Override protected Map<String, Object> configs() { return Tree.map("config", tree()); }
          };
      case "text" -> () -> new TextConfigFile() {
            @Override protected String fileName() { return "bench.txt"; }
            @Override protected List<String> configs() { return new ArrayList<>(List.of("line 0", "added")); }
          };
      case "markdown" -> () -> new MarkdownConfigFile() {
            @Override protected String fileName() { return "bench.md"; }
            @Override protected List<String> configs() { return new ArrayList<>(List.of("# Bench", "", "added")); }
          };
      default -> throw new IllegalArgumentException("no format " + format);
    };
    return new ConfigRegistry() {
      @Override public String coordinates() { return "bench:size:1"; }
      @Override public String packageName() { return "bench.size"; }
      @Override public int depth() { return 1; }
      @Override public List<RegisteredConfig> configs() {
        return List.of(new RegisteredConfig("bench.size.BenchConfigFile", factory, List.of(), 1, "bench:size:1"));
      }
    };
  }

  /** What the tree formats require: the file's name, and one value the file lacks. */
  private static Map<String, Object> tree() {
    return Tree.map("name", "bench", "added", "true");
  }
}
