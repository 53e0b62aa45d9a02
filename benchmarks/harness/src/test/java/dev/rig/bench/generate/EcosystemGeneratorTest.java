package dev.rig.bench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcosystemGeneratorTest {

  @TempDir Path dir;

  private final EcosystemGenerator generator = new EcosystemGenerator(EcosystemGenerator.REALISTIC_MIX);

  @Test
  void overridesFormChainsAsLongAsTheModuleChain() {
    List<ModuleSpec> chain = generator.chain("d", 3, 4, 2);
    assertEquals(List.of("d1", "d2", "d3"), chain.stream().map(ModuleSpec::name).toList());
    ConfigSpec top = chain.get(2).configs().get(0);
    assertEquals("bench.d3.D1N0000ConfigFile", top.qualifiedName());
    assertEquals("bench.d2.D1N0000ConfigFile", top.parent().orElseThrow().qualifiedName());
    assertEquals("bench.d1.D1N0000ConfigFile", top.parent().orElseThrow().parent().orElseThrow().qualifiedName());
    assertEquals(Optional.empty(), top.parent().orElseThrow().parent().orElseThrow().parent());
    assertEquals(2, chain.get(2).overrideCount());
    assertEquals("bench.d3.D3N0002ConfigFile", chain.get(2).configs().get(2).qualifiedName());
  }

  @Test
  void formatsFollowTheMixAndFilesSpreadOverFolders() {
    ModuleSpec module = generator.module("files", "bench.files", 120, List.of(), 0);
    assertEquals(Format.YAML, module.configs().get(0).format());
    assertEquals(Format.JSON, module.configs().get(1).format());
    assertEquals(Format.TEXT, module.configs().get(7).format());
    assertEquals("conf/files/g0", module.configs().get(99).folder());
    assertEquals("conf/files/g1", module.configs().get(100).folder());
  }

  @Test
  void sameInputsSameSources() throws IOException {
    List<Path> first = generator.module("a", "bench.a", 8, List.of(), 0).writeSources(dir.resolve("one"));
    List<Path> second = generator.module("a", "bench.a", 8, List.of(), 0).writeSources(dir.resolve("two"));
    for (int i = 0; i < first.size(); i++) {
      assertEquals(Files.readString(first.get(i)), Files.readString(second.get(i)));
    }
  }

  @Test
  void everyFormatAndEveryOverrideCompilesAgainstTheRuntime() {
    List<ModuleSpec> chain = generator.chain("c", 2, 8, 8);
    List<Path> sources = new java.util.ArrayList<>();
    chain.forEach(module -> sources.addAll(module.writeSources(dir.resolve("src"))));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new java.util.ArrayList<>(List.of(
        "--release", "17", "-proc:none", "-Xlint:all", "-Werror", "-d", dir.resolve("classes").toString(),
        "-classpath", System.getProperty("java.class.path")));
    sources.forEach(source -> args.add(source.toString()));
    java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
    int exit = javac.run(null, null, errors, args.toArray(String[]::new));
    assertEquals(0, exit, errors.toString(StandardCharsets.UTF_8));
    assertTrue(Files.isRegularFile(dir.resolve("classes/bench/c2/C1N0007ConfigFile.class")));
  }
}
