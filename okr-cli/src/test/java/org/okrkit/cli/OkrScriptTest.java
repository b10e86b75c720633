package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code okr} script's rebuild check alone, on a small repository made here: the jar is built
 * again when it is missing or older than the root pom or a pom or main source of a module it is
 * made from (okr-cli and the modules its pom names, and theirs), and not for other modules or for
 * tests. The script is sourced, which defines its functions without running okr or Maven.
 */
class OkrScriptTest {
  private static final Path SCRIPT =
      Path.of(System.getProperty("okr.cli.script", "../okr")).toAbsolutePath();
  private static final Instant BUILT = Instant.parse("2026-06-01T12:00:00Z");

  @TempDir Path root;
  private Path jar;

  @BeforeEach
  void repository() throws IOException {
    assumeTrue(
        Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
        "the okr script needs bash");
    write("pom.xml", modules("okr-core", "okr-scoring", "okr-io", "okr-cli", "okr-bench"));
    write("okr-core/pom.xml", "<project><artifactId>okr-core</artifactId></project>");
    write("okr-scoring/pom.xml", dependsOn("okr-scoring", "okr-core"));
    write("okr-io/pom.xml", dependsOn("okr-io", "okr-scoring"));
    write("okr-cli/pom.xml", dependsOn("okr-cli", "okr-io"));
    write("okr-bench/pom.xml", dependsOn("okr-bench", "okr-cli"));
    for (String m : List.of("okr-core", "okr-scoring", "okr-io", "okr-cli", "okr-bench")) {
      write(m + "/src/main/java/A.java", "class A {}");
      write(m + "/src/test/java/ATest.java", "class ATest {}");
    }
    jar = write("okr-cli/target/okr.jar", "jar");
    try (var files = Files.walk(root)) {
      for (Path f : files.toList()) {
        Files.setLastModifiedTime(f, FileTime.from(BUILT.minusSeconds(60)));
      }
    }
    Files.setLastModifiedTime(jar, FileTime.from(BUILT));
  }

  @Test
  void aJarNewerThanEverythingItIsMadeFromIsUsedAsItIs() throws Exception {
    assertEquals("fresh", check());
  }

  @Test
  void aMissingJarIsBuilt() throws Exception {
    Files.delete(jar);
    assertEquals("stale", check());
  }

  @Test
  void aNewerSourceInAModuleTheJarIsMadeFromRebuildsIt() throws Exception {
    // okr-core reaches okr-cli through okr-scoring and okr-io only
    for (String m : List.of("okr-core", "okr-scoring", "okr-io", "okr-cli")) {
      touchNewer(m + "/src/main/java/A.java");
      assertEquals("stale", check(), m);
      touchOlder(m + "/src/main/java/A.java");
      assertEquals("fresh", check(), m);
    }
  }

  @Test
  void aNewerPomRebuildsIt() throws Exception {
    for (String pom : List.of("pom.xml", "okr-core/pom.xml", "okr-cli/pom.xml")) {
      touchNewer(pom);
      assertEquals("stale", check(), pom);
      touchOlder(pom);
    }
  }

  @Test
  void aModuleListedInTheRootPomLaterCountsOnceOkrCliUsesIt() throws Exception {
    write("okr-simulation/src/main/java/A.java", "class A {}");
    write("okr-simulation/pom.xml", dependsOn("okr-simulation", "okr-scoring"));
    touchOlder("okr-simulation/pom.xml");
    assertEquals("fresh", check(), "not yet a module nor a dependency");
    write("pom.xml", modules("okr-core", "okr-scoring", "okr-simulation", "okr-io", "okr-cli"));
    write(
        "okr-cli/pom.xml",
        dependsOn("okr-cli", "okr-io")
            .replace(
                "</project>",
                "<dependency><artifactId>okr-simulation</artifactId></dependency></project>"));
    touchOlder("pom.xml");
    touchOlder("okr-cli/pom.xml");
    assertEquals("stale", check(), "okr-simulation's source is newer than the jar");
  }

  @Test
  void aModuleOkrCliUsesOnlyInItsTestsDoesNot() throws Exception {
    write("pom.xml", modules("okr-core", "okr-scoring", "okr-testing", "okr-io", "okr-cli"));
    write("okr-testing/pom.xml", dependsOn("okr-testing", "okr-scoring"));
    write("okr-testing/src/main/java/A.java", "class A {}");
    write(
        "okr-cli/pom.xml",
        dependsOn("okr-cli", "okr-io")
            .replace(
                "</dependencies>",
                "<dependency><artifactId>okr-testing</artifactId><scope>test</scope></dependency>"
                    + "</dependencies>"));
    for (String f :
        List.of(
            "pom.xml",
            "okr-testing/pom.xml",
            "okr-testing/src/main/java/A.java",
            "okr-cli/pom.xml")) {
      touchOlder(f);
    }
    touchNewer("okr-testing/src/main/java/A.java");
    assertEquals("fresh", check(), "okr-testing is a test dependency only");
    touchNewer("okr-io/src/main/java/A.java");
    assertEquals("stale", check(), "okr-io, named after it, still counts");
  }

  @Test
  void testsAndModulesTheJarIsNotMadeFromDoNot() throws Exception {
    touchNewer("okr-core/src/test/java/ATest.java");
    touchNewer("okr-bench/src/main/java/A.java");
    touchNewer("okr-bench/pom.xml");
    assertEquals("fresh", check());
  }

  /** {@code stale} or {@code fresh}, as the script's {@code okr_stale} says. */
  private String check() throws Exception {
    Process p =
        new ProcessBuilder(
                "bash",
                "-c",
                "source \"$1\" && if okr_stale \"$2\" \"$3\"; then echo stale; else echo fresh; fi",
                "okr-test",
                SCRIPT.toString(),
                root.toString(),
                jar.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor(), out);
    return out;
  }

  private Path write(String file, String text) throws IOException {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text);
  }

  private void touchNewer(String file) throws IOException {
    Files.setLastModifiedTime(root.resolve(file), FileTime.from(BUILT.plusSeconds(60)));
  }

  private void touchOlder(String file) throws IOException {
    Files.setLastModifiedTime(root.resolve(file), FileTime.from(BUILT.minusSeconds(60)));
  }

  private static String modules(String... names) {
    StringBuilder pom = new StringBuilder("<project>\n  <modules>\n");
    for (String n : names) {
      pom.append("    <module>").append(n).append("</module>\n");
    }
    return pom.append("  </modules>\n</project>\n").toString();
  }

  private static String dependsOn(String self, String dependency) {
    return "<project><parent><artifactId>okrkit-parent</artifactId></parent><artifactId>"
        + self
        + "</artifactId><dependencies><dependency><artifactId>"
        + dependency
        + "</artifactId></dependency></dependencies></project>";
  }
}
