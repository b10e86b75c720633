package org.okrkit.simulation.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.okrkit.io.PlanFiles;
import org.okrkit.simulation.Simulation;

/**
 * okr-simulation and okr-io do not depend on each other: this module joins them. Checked on the
 * module descriptors the builds made, the tests themselves running on the class path.
 */
class ModuleLayoutTest {

  /** The modules that the module holding {@code type} requires. */
  private static Set<String> requires(Class<?> type) throws IOException, URISyntaxException {
    Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor;
    if (Files.isDirectory(location)) {
      try (InputStream in = Files.newInputStream(location.resolve("module-info.class"))) {
        descriptor = ModuleDescriptor.read(in);
      }
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(location);
          InputStream in = Files.newInputStream(jar.getPath("module-info.class"))) {
        descriptor = ModuleDescriptor.read(in);
      }
    }
    Set<String> names = new TreeSet<>();
    descriptor.requires().forEach(r -> names.add(r.name()));
    return names;
  }

  @Test
  void okrIoDoesNotUseTheSimulation() throws Exception {
    Set<String> io = requires(PlanFiles.class);
    assertTrue(io.contains("org.okrkit.scoring"), io.toString());
    assertFalse(io.contains("org.okrkit.simulation"), io.toString());
  }

  @Test
  void theSimulationDoesNotUseOkrIoNorJackson() throws Exception {
    Set<String> simulation = requires(Simulation.class);
    assertTrue(simulation.contains("org.okrkit.scoring"), simulation.toString());
    assertFalse(simulation.contains("org.okrkit.io"), simulation.toString());
    assertFalse(
        simulation.stream().anyMatch(m -> m.startsWith("com.fasterxml.jackson")),
        simulation.toString());
  }

  @Test
  void thisModuleJoinsThemWithoutJackson() throws Exception {
    Set<String> joined = requires(SimulationFiles.class);
    assertTrue(
        joined.containsAll(Set.of("org.okrkit.io", "org.okrkit.simulation")), joined.toString());
    assertFalse(
        joined.stream().anyMatch(m -> m.startsWith("com.fasterxml.jackson")), joined.toString());
  }
}
