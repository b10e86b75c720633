package org.okrkit.spark.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * The job jar holds okrkit's classes and, relocated under {@code org.okrkit.spark.job.shaded},
 * everything they need but Spark: the tests run on it beside Spark's own Jackson, and the jar's
 * copy of okrkit's Jackson is another class altogether.
 */
class TheJobJarTest {
  private static final String SHADED = "org/okrkit/spark/job/shaded/";

  private static JarFile jar() throws IOException {
    return new JarFile(System.getProperty("okrkit.job.jar", "target/okr-spark-job.jar"));
  }

  @Test
  void everyClassInTheJarIsOkrkitsOrRelocated() throws IOException {
    List<String> foreign = new ArrayList<>();
    int shaded = 0;
    try (JarFile jar = jar()) {
      for (JarEntry entry : jar.stream().toList()) {
        String name = entry.getName();
        if (name.startsWith(SHADED)) {
          shaded++;
        } else if (name.endsWith(".class") && !name.startsWith("org/okrkit/")) {
          foreign.add(name);
        } else if (name.startsWith("META-INF/versions/")) {
          // a class there would stand in for one of okrkit's on a later Java: none may
          foreign.add(name);
        }
      }
      assertEquals(List.of(), foreign.subList(0, Math.min(20, foreign.size())));
      int relocatedEntries = shaded;
      assertTrue(relocatedEntries > 1000, () -> "relocated entries: " + relocatedEntries);
      for (String relocated :
          List.of(
              "jackson/databind/ObjectMapper.class",
              "jackson/dataformat/yaml/YAMLFactory.class",
              "jackson/dataformat/csv/CsvMapper.class",
              "snakeyaml/Yaml.class",
              "google/common/collect/ImmutableList.class",
              "google/protobuf/Message.class",
              "cel/runtime/CelRuntime.class",
              "cel/parser/internal/CELParser.class",
              "antlr/v4/runtime/Parser.class",
              "threeten/extra/Interval.class")) {
        assertNotNull(jar.getEntry(SHADED + relocated), relocated);
      }
      for (String module :
          List.of(
              "core/Plan.class",
              "tables/PlanTables.class",
              "scoring/ScoringPolicy.class",
              "alignment/AlignmentReport.class",
              "io/PlanFiles.class",
              "simulation/Simulation.class",
              "simulation/io/SimulationFiles.class",
              "formula/FormulaStrategyProvider.class",
              "spark/SparkSimulation.class",
              "spark/SparkSweep.class",
              "spark/SparkScoring.class",
              "spark/job/SimulateJob.class",
              "spark/job/SweepJob.class",
              "spark/job/TablesJob.class",
              "spark/job/ScoreTablesJob.class")) {
        assertNotNull(jar.getEntry("org/okrkit/" + module), module);
      }
    }
  }

  @Test
  void theServicesFilesNameOnlyClassesInTheJar() throws IOException {
    try (JarFile jar = jar()) {
      int files = 0;
      for (JarEntry entry : jar.stream().toList()) {
        if (!entry.getName().startsWith("META-INF/services/") || entry.isDirectory()) {
          continue;
        }
        files++;
        // okrkit's services, the relocated libraries', and the JDK's (such as Chronology)
        String service = entry.getName().substring("META-INF/services/".length());
        assertTrue(service.startsWith("org.okrkit.") || service.startsWith("java."), service);
        String providers =
            new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        for (String line : providers.split("\n")) {
          String provider = line.replaceFirst("#.*", "").trim();
          if (!provider.isEmpty()) {
            assertTrue(provider.startsWith("org.okrkit."), service + ": " + provider);
            assertNotNull(
                jar.getEntry(provider.replace('.', '/') + ".class"), service + ": " + provider);
          }
        }
      }
      assertTrue(files > 0);
      JarEntry strategies =
          jar.getJarEntry("META-INF/services/org.okrkit.scoring.StrategyProvider");
      assertNotNull(strategies);
      assertTrue(
          new String(jar.getInputStream(strategies).readAllBytes(), StandardCharsets.UTF_8)
              .contains("org.okrkit.formula.FormulaStrategyProvider"));
    }
  }

  @Test
  void sparkRunsOnItsOwnJacksonAndOkrkitOnItsRelocatedCopy() throws ReflectiveOperationException {
    String spark = version("com.fasterxml.jackson.databind.cfg.PackageVersion");
    String okrkit = version("org.okrkit.spark.job.shaded.jackson.databind.cfg.PackageVersion");
    assertEquals(System.getProperty("okrkit.spark.jackson", "2.21.2"), spark);
    assertEquals(System.getProperty("okrkit.jackson", "2.23.0"), okrkit);
    assertTrue(
        Class.forName("com.fasterxml.jackson.databind.ObjectMapper")
            .getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .getPath()
            .endsWith("/jackson-databind-" + spark + ".jar"));
  }

  private static String version(String packageVersion) throws ReflectiveOperationException {
    return Class.forName(packageVersion).getField("VERSION").get(null).toString();
  }
}
