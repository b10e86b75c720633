package org.okrkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * okr-testing as a named module, as a host's test module uses it with {@code requires
 * org.okrkit.testing;} and nothing else: a small host module is compiled against this module's
 * descriptor on the module path (so the kits, okrkit's types and jqwik's API must all be readable
 * through it) and then run in a module layer of its own, where its plain checks pass on a sound
 * strategy, aggregation and rule and fail on a broken strategy.
 *
 * <p>The module path is made of the explicit modules on this test's class path: this module's
 * classes, okrkit's modules, jqwik's, the JUnit Platform's and their dependencies.
 */
class NamedModuleTest {

  private static final String MODULE_INFO =
      """
      module org.example.host {
        requires org.okrkit.testing;

        opens org.example.host;
      }
      """;

  private static final String STRATEGY =
      """
      package org.example.host;

      import org.okrkit.scoring.ScoringInput;
      import org.okrkit.scoring.ScoringStrategy;
      import org.okrkit.scoring.Strategies;

      /** A host's strategy: all or nothing, as the built-in binary strategy. */
      public record HostStrategy() implements ScoringStrategy {
        @Override
        public double score(ScoringInput input) {
          return Strategies.binary().score(input);
        }
      }
      """;

  private static final String PROPERTIES =
      """
      package org.example.host;

      import net.jqwik.api.Example;
      import org.okrkit.scoring.ScoringStrategy;
      import org.okrkit.testing.MirrorSymmetricStrategyContract;

      /** The jqwik kit, implemented in the host's module: it compiles against the descriptors. */
      public class HostStrategyProperties implements MirrorSymmetricStrategyContract {
        @Override
        public ScoringStrategy strategy() {
          return new HostStrategy();
        }

        @Example
        public void jqwiksApiIsReadableThroughTheKit() {}
      }
      """;

  private static final String CHECKS =
      """
      package org.example.host;

      import org.okrkit.alignment.AlignmentRules;
      import org.okrkit.scoring.Aggregations;
      import org.okrkit.testing.Contracts;

      /** The plain checks, as a host's test calls them. */
      public final class HostChecks {
        private HostChecks() {}

        /** Runs sound checks, then a failing one, and gives the failure's message. */
        public static String run() {
          Contracts.checkMirrorSymmetricStrategy(new HostStrategy(), 5, 50);
          Contracts.checkAggregation(Aggregations.weightedMean(), 5, 50);
          Contracts.checkRule(AlignmentRules.defaults().get(0), 5, 10);
          try {
            Contracts.checkStrategy(input -> 2, 5, 10);
          } catch (AssertionError expected) {
            return expected.getMessage();
          }
          throw new IllegalStateException("a strategy scoring 2 passed");
        }
      }
      """;

  @Test
  void aHostModuleThatRequiresOnlyOkrTestingCompilesAndRunsTheChecks(@TempDir Path dir)
      throws Exception {
    List<Path> modulePath = explicitModulesOnTheClassPath();
    Path sources = dir.resolve("src");
    write(sources.resolve("module-info.java"), MODULE_INFO);
    write(sources.resolve("org/example/host/HostStrategy.java"), STRATEGY);
    write(sources.resolve("org/example/host/HostStrategyProperties.java"), PROPERTIES);
    write(sources.resolve("org/example/host/HostChecks.java"), CHECKS);
    Path classes = dir.resolve("classes");

    compile(sources, classes, modulePath);

    List<Path> withHost = new ArrayList<>(modulePath);
    withHost.add(0, classes);
    ModuleFinder finder = ModuleFinder.of(withHost.toArray(Path[]::new));
    ModuleLayer boot = ModuleLayer.boot();
    Configuration configuration =
        boot.configuration().resolveAndBind(finder, ModuleFinder.of(), Set.of("org.example.host"));
    ClassLoader parent = ClassLoader.getPlatformClassLoader();
    ModuleLayer layer = boot.defineModulesWithOneLoader(configuration, parent);

    Module host = layer.findModule("org.example.host").orElseThrow();
    Module testing = layer.findModule("org.okrkit.testing").orElseThrow();
    assertTrue(host.canRead(testing));
    assertTrue(testing.isExported("org.okrkit.testing"));
    assertTrue(layer.findModule("net.jqwik.engine").isPresent(), "jqwik's engine is bound");
    Class<?> checks = layer.findLoader("org.example.host").loadClass("org.example.host.HostChecks");
    assertEquals("org.example.host", checks.getModule().getName());

    Thread thread = Thread.currentThread();
    ClassLoader saved = thread.getContextClassLoader();
    String message;
    try {
      thread.setContextClassLoader(checks.getClassLoader());
      message = (String) checks.getMethod("run").invoke(null);
    } finally {
      thread.setContextClassLoader(saved);
    }
    assertNotNull(message);
    assertTrue(
        message.startsWith(
            "ScoringStrategyContract.scoresLieFromZeroToTheMaximum fails for org.example.host."),
        message);
    assertTrue(message.contains(" on sample 1 of 10 (seed 5): "), message);
    assertTrue(message.contains(": score 2.0 outside [0, 1.0], for "), message);
  }

  /**
   * The entries of the class path that are explicit modules (a descriptor of their own), the first
   * of each name: automatic modules and plain folders of classes are left out.
   */
  private static List<Path> explicitModulesOnTheClassPath() {
    List<Path> modules = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (entry.isEmpty() || !Files.exists(path)) {
        continue;
      }
      Set<ModuleReference> found;
      try {
        found = ModuleFinder.of(path).findAll();
      } catch (FindException notAModule) {
        continue;
      }
      if (found.size() == 1) {
        ModuleReference module = found.iterator().next();
        if (!module.descriptor().isAutomatic() && names.add(module.descriptor().name())) {
          modules.add(path);
        }
      }
    }
    assertTrue(names.contains("org.okrkit.testing"), () -> "not on the class path: " + names);
    assertTrue(names.contains("net.jqwik.api"), () -> "not on the class path: " + names);
    return modules;
  }

  private static void compile(Path sources, Path classes, List<Path> modulePath)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>();
    args.add("--release");
    args.add("17");
    args.add("-Xlint:all");
    args.add("-Werror");
    args.add("--module-path");
    args.add(
        modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    args.add("-d");
    args.add(classes.toString());
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = javac.run(null, out, out, args.toArray(String[]::new));
    assertEquals(0, status, () -> out.toString(StandardCharsets.UTF_8));
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
