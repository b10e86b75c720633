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
 * lines, which depend on the machine's speed, are left out on both sides. Every {@code ./okr ...}
 * line of a {@code sh} block, which a reader is told to run without being shown its output, runs
 * too, the lines of each README in order in one folder of their own, and must end as the README
 * says. Every Maven command names modules the root pom has and a profile it defines, and every
 * example class a command names exists; {@code .ci/run} runs the Maven and {@code java} commands
 * and the {@code ./okr} script itself.
 */
class ReadmeTest {
  private static final Path ROOT =
      Path.of(System.getProperty("okr.cli.script", "../okr")).toAbsolutePath().getParent();
  private static final Pattern FENCE =
      Pattern.compile("(?m)^```[a-z]*\\n(.*?)^```", Pattern.DOTALL);
  private static final Pattern SH_FENCE = Pattern.compile("(?m)^```sh\\n(.*?)^```", Pattern.DOTALL);

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

  /** The arguments of every {@code ./okr} line in the {@code sh} blocks, comments left out. */
  static List<List<String>> shellCommands(String readme) {
    List<List<String>> all = new ArrayList<>();
    Matcher block = SH_FENCE.matcher(readme);
    while (block.find()) {
      for (String line : block.group(1).lines().toList()) {
        if (line.startsWith("./okr ")) {
          String command = line.substring("./okr ".length()).replaceFirst("\\s+#.*$", "").trim();
          all.add(Arrays.asList(command.split("\\s+")));
        }
      }
    }
    return all;
  }

  @TestFactory
  Stream<DynamicTest> everyOkrCommandToRunEndsAsTheReadmeSays() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String name : List.of("README.md", "README.zh-CN.md")) {
      List<List<String>> commands = shellCommands(Files.readString(ROOT.resolve(name)));
      assertFalse(commands.isEmpty(), name + " tells its reader to run okr");
      // the commands of one README build on each other (init, then checkin): one folder each
      Path home = Files.createDirectory(folder.resolve("run-" + name));
      Files.createSymbolicLink(home.resolve("okr-examples"), ROOT.resolve("okr-examples"));
      for (List<String> args : commands) {
        // the broken plan shown to demonstrate validate is refused with exit code 2, as said
        int expected = args.get(0).equals("validate") && args.get(1).contains("broken") ? 2 : 0;
        tests.add(
            DynamicTest.dynamicTest(
                name + ": ./okr " + String.join(" ", args),
                () -> {
                  Run run = run(home, args);
                  assertEquals(expected, run.code(), run.out());
                  assertFalse(run.out().contains("Exception"), run.out());
                }));
      }
    }
    // dynamic tests run in order, so each command finds what those before it wrote
    return tests.stream();
  }

  record Run(String out, int code) {}

  private static Run run(Path directory, List<String> args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Okr.class.getName());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_MESSAGES", "LANG"));
    Process p = builder.redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(out, p.waitFor());
  }

  private static void check(Transcript t) throws Exception {
    // the transcripts say which language they speak with --lang, whatever the machine's is
    Run run = run(folder, t.args());
    String out = run.out();
    int code = run.code();
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
    Matcher project = Pattern.compile("mvn [^\\n`]*-f ([\\w/.-]+)").matcher(readme);
    while (project.find()) {
      Path pomFile = ROOT.resolve(project.group(1));
      assertTrue(
          Files.isRegularFile(Files.isDirectory(pomFile) ? pomFile.resolve("pom.xml") : pomFile),
          "the README names a pom " + project.group(1));
    }
    Matcher main =
        Pattern.compile("(org\\.okrkit\\.(?:examples|bench|spark\\.job)\\.[A-Z]\\w+)")
            .matcher(readme);
    while (main.find()) {
      String name = main.group(1);
      if (name.equals("org.okrkit.examples.NAME")) {
        continue; // the placeholder in "run one with ... -Dexec.mainClass=org.okrkit.examples.NAME"
      }
      String home =
          name.contains(".bench.")
              ? "okr-bench"
              : name.contains(".spark.job.") ? "okr-spark-job" : "okr-examples";
      Path source = ROOT.resolve(home + "/src/main/java/" + name.replace('.', '/') + ".java");
      assertTrue(Files.exists(source), "the README names a class " + name);
    }
    assertFalse(readme.contains("okr-examples/target/okr.jar"), "okr.jar is built in okr-cli");
  }
}
