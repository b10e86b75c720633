package org.okrkit.simulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.testing.EqualsTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecFileResolverTest {

  private static String refusal(SpecFileResolver files, String name) {
    return assertThrows(IllegalArgumentException.class, () -> files.resolve(name)).getMessage();
  }

  @Test
  void theDefaultAcceptsFilesInTheFolderAndBelow(@TempDir Path dir) {
    SpecFileResolver files = SpecFileResolver.within(dir);
    assertEquals(dir.resolve("sub").resolve("x.yaml"), files.resolve("sub/x.yaml"));
    assertEquals(dir.resolve("x.yaml"), files.resolve("x.yaml"));
    assertEquals(dir.resolve("x.yaml"), files.resolve("sub/../x.yaml"));
  }

  @Test
  void theDefaultRefusesPathsLeadingOutAndAbsolutePaths(@TempDir Path dir) {
    SpecFileResolver files = SpecFileResolver.within(dir);
    assertEquals(
        "'../x.yaml' leads out of "
            + dir
            + "; expected a relative path to a file in "
            + dir
            + " or below",
        refusal(files, "../x.yaml"));
    assertEquals(
        "'sub/../../x.yaml' leads out of "
            + dir
            + "; expected a relative path to a file in "
            + dir
            + " or below",
        refusal(files, "sub/../../x.yaml"));
    assertEquals(
        "'/abs/x.yaml' is an absolute path; expected a relative path to a file in "
            + dir
            + " or below",
        refusal(files, "/abs/x.yaml"));
    assertEquals(
        "'x\u0000.yaml' is not a valid path (Nul character not allowed); expected a relative path"
            + " to a file in "
            + dir
            + " or below",
        refusal(files, "x\u0000.yaml"));
  }

  @Test
  void theDefaultRefusesALinkLeadingOut(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("specs"));
    Path outside = Files.createDirectories(dir.resolve("secrets"));
    Files.writeString(outside.resolve("x.yaml"), "period: 2026-Q2\n");
    Files.writeString(folder.resolve("inside.yaml"), "period: 2026-Q2\n");
    try {
      Files.createSymbolicLink(folder.resolve("link"), outside);
      Files.createSymbolicLink(folder.resolve("alias.yaml"), folder.resolve("inside.yaml"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "this file system makes no symbolic links: " + e);
    }
    SpecFileResolver files = SpecFileResolver.within(folder);
    assertEquals(
        "'link/x.yaml' leads out of "
            + folder
            + " through a symbolic link; expected a relative"
            + " path to a file in "
            + folder
            + " or below",
        refusal(files, "link/x.yaml"));
    // a link that stays inside is a file in the folder
    assertEquals(folder.resolve("alias.yaml"), files.resolve("alias.yaml"));
  }

  @Test
  void anyPathReadsWhatItIsGiven(@TempDir Path dir) {
    SpecFileResolver files = SpecFileResolver.anyPath(dir);
    assertEquals(dir.resolve("../x.yaml"), files.resolve("../x.yaml"));
    assertEquals(Path.of("/abs/x.yaml"), files.resolve("/abs/x.yaml"));
    assertEquals(dir.resolve("sub/x.yaml"), files.resolve("sub/x.yaml"));
  }

  @Test
  void theBuiltInsAreValues() {
    Path a = Path.of("a").toAbsolutePath();
    new EqualsTester()
        .addEqualityGroup(
            SpecFileResolver.within(a),
            SpecFileResolver.within(Path.of("a")),
            SpecFileResolver.within(a.resolve("b").resolve("..")))
        .addEqualityGroup(SpecFileResolver.within(Path.of("b")))
        .addEqualityGroup(SpecFileResolver.anyPath(a))
        .testEquals();
    assertEquals("within(" + a + ")", SpecFileResolver.within(Path.of("a")).toString());
    assertEquals("anyPath(plans)", SpecFileResolver.anyPath(Path.of("plans")).toString());
  }
}
