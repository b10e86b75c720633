package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's front door kept true. Every {@code $ ./okr ...} transcript in it is run, from a
 * folder that holds the repository's {@code okr-examples}, as the okr command (this module's
 * classes, in a JVM of their own), and its output must be the lines the README shows: all of them,
 * or those before a line {@code ...}; a following {@code $ echo $?} gives the exit code. Progress
 * lines, which depend on the machine's speed, are left out on both sides. Every Maven command names
 * modules the root pom has and a profile it defines, and every example class a command names
 * exists.
 */
class ReadmeTest {
  private static final Path ROOT =
      Path.of(System.getProperty("okr.cli.script", "../okr")).toAbsolutePath().getParent();
  private static final Pattern FENCE =
      Pattern.compile("(?m)^```[a-z]*\\n(.*?)^```", Pattern.DOTALL);

  @TempDir static Path folder;

  /** One transcript: the arguments of {@code ./okr}, the lines shown and the exit code if shown. */
  record Transcript(List<String> args, List<String> shown, boolean cut, int code) {}

  static List<Transcript> transcripts(String readme) {
    List<Transcript> all = new ArrayList<>();
    Matcher block = FENCE.matcher(readme);
    while (block.find()) {
      List<String> lines = block.group(1).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).startsWith("$ ./okr ")) {
          continue;
        }
        List<String> args =
            Arrays.asList(lines.get(i).substring("$ ./okr ".length()).trim().split("\\s+"));
        List<String> shown = new ArrayList<>();
        boolean cut = false;
        int code = -1;
        int j = i + 1;
        for (; j < lines.size() && !lines.get(j).startsWith("$ "); j++) {
          if (lines.get(j).equals("...")) {
            cut = true;
            break;
          }
          shown.add(lines.get(j));
        }
        if (j + 1 < lines.size() && lines.get(j).equals("$ echo $?")) {
          code = Integer.parseInt(lines.get(j + 1).trim());
        }
        // a blank line between two transcripts in one block belongs to neither
        while (!cut
            && !shown.isEmpty()
            && shown.get(shown.size() - 1).isEmpty()
            && j < lines.size()) {
          shown.remove(shown.size() - 1);
        }
        all.add(new Transcript(args, shown, cut, code));
      }
    }
    return all;
  }

  @TestFactory
  Stream<DynamicTest> everyOkrTranscriptIsWhatOkrPrints() throws IOException {
    List<Transcript> all = transcripts(Files.readString(ROOT.resolve("README.md")));
    assertTrue(
        all.size() >= 6, "the README shows okr at work: " + all.size() + " transcripts found");
    List<Transcript> chinese = transcripts(Files.readString(ROOT.resolve("README.zh-CN.md")));
    assertTrue(
        chinese.size() >= 3,
        "the Chinese README shows okr at work: " + chinese.size() + " transcripts found");
    Files.createSymbolicLink(folder.resolve("okr-examples"), ROOT.resolve("okr-examples"));
    return Stream.concat(all.stream(), chinese.stream())
        .map(t -> DynamicTest.dynamicTest("./okr " + String.join(" ", t.args()), () -> check(t)));
  }

  private static void check(Transcript t) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Okr.class.getName());
    command.addAll(t.args());
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    // the transcripts say which language they speak with --lang, whatever the machine's is
    builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_MESSAGES", "LANG"));
    Process p = builder.redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    List<String> printed = out.lines().toList();
    List<String> expected = t.shown();
    expected = Cli.withoutProgress(expected);
    printed = Cli.withoutProgress(printed);
    if (t.cut()) {
      assertTrue(printed.size() >= expected.size(), out);
      printed = printed.subList(0, expected.size());
    }
    assertEquals(String.join("\n", expected), String.join("\n", printed));
    if (t.code() >= 0) {
      assertEquals(t.code(), code, out);
    }
  }

  @Test
  void everyMavenCommandNamesModulesAndProfilesTheBuildHas() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String pom = Files.readString(ROOT.resolve("pom.xml"));
    Matcher module = Pattern.compile("-pl ([\\w,-]+)").matcher(readme);
    int named = 0;
    while (module.find()) {
      for (String m : module.group(1).split(",")) {
        assertTrue(pom.contains("<module>" + m + "</module>"), "the README names a module " + m);
        named++;
      }
    }
    assertTrue(named > 0);
    Matcher profile = Pattern.compile("mvn [^\\n`]*-P ?([\\w-]+)").matcher(readme);
    while (profile.find()) {
      assertTrue(
          pom.contains("<id>" + profile.group(1) + "</id>"),
          "the README names a profile " + profile.group(1));
    }
    Matcher main =
        Pattern.compile("(org\\.okrkit\\.(?:examples|bench)\\.[A-Z]\\w+)").matcher(readme);
    while (main.find()) {
      String name = main.group(1);
      if (name.equals("org.okrkit.examples.NAME")) {
        continue; // the placeholder in "run one with ... -Dexec.mainClass=org.okrkit.examples.NAME"
      }
      String home = name.contains(".bench.") ? "okr-bench" : "okr-examples";
      Path source = ROOT.resolve(home + "/src/main/java/" + name.replace('.', '/') + ".java");
      assertTrue(Files.exists(source), "the README names a class " + name);
    }
    assertFalse(readme.contains("okr-examples/target/okr.jar"), "okr.jar is built in okr-cli");
  }
}
