package org.okrkit.examples;

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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFiles;
import org.okrkit.io.PolicyFiles;

/**
 * README.zh-CN.md, the tour for Chinese readers, kept true: the two READMEs link each other at the
 * top; every {@code okr} command it shows is one of README.md's (whose transcripts okr-cli's
 * ReadmeTest runs) in Chinese, that is with {@code --lang zh-CN} and on the Chinese seed files,
 * which exist; its Maven commands name modules and classes the build has; and the files it quotes
 * are quoted as they are.
 */
class ChineseReadmeTest {
  /** The repository: okr-examples' tests run in okr-examples. */
  private static final Path ROOT = Path.of("..");

  private static final Pattern FENCE =
      Pattern.compile("(?m)^```([a-z]*)\\n(.*?)^```", Pattern.DOTALL);

  private static String readme(String name) throws IOException {
    return Files.readString(ROOT.resolve(name), StandardCharsets.UTF_8);
  }

  /** The fenced blocks of a Markdown text in a language ("" for any), in order. */
  private static List<String> blocks(String markdown, String language) {
    List<String> all = new ArrayList<>();
    Matcher block = FENCE.matcher(markdown);
    while (block.find()) {
      if (language.isEmpty() || block.group(1).equals(language)) {
        all.add(block.group(2));
      }
    }
    return all;
  }

  /**
   * The arguments of every okr command in the blocks, shown as {@code ./okr} or {@code $ ./okr}.
   */
  private static List<List<String>> okrCommands(String markdown) {
    List<List<String>> all = new ArrayList<>();
    for (String block : blocks(markdown, "")) {
      for (String line : block.lines().toList()) {
        String command = line.startsWith("$ ") ? line.substring(2) : line;
        if (!command.startsWith("./okr ")) {
          continue;
        }
        int comment = command.indexOf(" #");
        if (comment >= 0) {
          command = command.substring(0, comment);
        }
        all.add(Arrays.asList(command.substring("./okr ".length()).trim().split("\\s+")));
      }
    }
    return all;
  }

  /** A command's shape: without {@code --lang zh-CN}, and every file of okr-examples as FILE. */
  private static String shape(List<String> args) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("--lang") && i + 1 < args.size()) {
        i++;
        continue;
      }
      kept.add(args.get(i).startsWith("okr-examples/") ? "FILE" : args.get(i));
    }
    return String.join(" ", kept);
  }

  @Test
  void theReadmesLinkEachOtherAtTheTop() throws IOException {
    List<String> english = readme("README.md").lines().limit(5).toList();
    assertTrue(english.contains("[中文说明](README.zh-CN.md)"), english::toString);
    List<String> chinese = readme("README.zh-CN.md").lines().limit(5).toList();
    assertTrue(
        chinese.stream().anyMatch(l -> l.contains("[English](README.md)")), chinese::toString);
  }

  @Test
  void everyOkrCommandIsOneOfTheEnglishReadmesInChinese() throws IOException {
    List<List<String>> chinese = okrCommands(readme("README.zh-CN.md"));
    assertTrue(chinese.size() >= 8, "the tour shows okr at work: " + chinese);
    Set<String> english =
        okrCommands(readme("README.md")).stream()
            .map(ChineseReadmeTest::shape)
            .collect(Collectors.toSet());
    for (List<String> args : chinese) {
      String command = String.join(" ", args);
      int lang = args.indexOf("--lang");
      assertTrue(lang >= 0 && lang + 1 < args.size(), "no --lang: " + command);
      assertEquals("zh-CN", args.get(lang + 1), command);
      assertTrue(english.contains(shape(args)), "README.md has no command like: " + command);
      for (String arg : args) {
        if (arg.startsWith("okr-examples/")) {
          assertTrue(Files.isRegularFile(ROOT.resolve(arg)), "no such file: " + arg);
          assertTrue(arg.contains(".zh-CN."), "not a Chinese seed file: " + arg);
        }
      }
    }
  }

  @Test
  void everyMavenCommandNamesModulesAndClassesTheBuildHas() throws IOException {
    String readme = readme("README.zh-CN.md");
    String pom = readme("pom.xml");
    Matcher module = Pattern.compile("-pl ([\\w,-]+)").matcher(readme);
    int named = 0;
    while (module.find()) {
      for (String m : module.group(1).split(",")) {
        assertTrue(pom.contains("<module>" + m + "</module>"), "no module " + m);
        named++;
      }
    }
    assertTrue(named > 0);
    Matcher main = Pattern.compile("(org\\.okrkit\\.examples\\.[A-Z]\\w+)").matcher(readme);
    while (main.find()) {
      if (!main.group(1).equals("org.okrkit.examples.NAME")) {
        Path source =
            ROOT.resolve("okr-examples/src/main/java/" + main.group(1).replace('.', '/') + ".java");
        assertTrue(Files.exists(source), "no class " + main.group(1));
      }
    }
    for (String example : List.of("MarketingPlanExample")) {
      assertTrue(readme.contains(example));
      assertTrue(
          Files.exists(
              ROOT.resolve("okr-examples/src/main/java/org/okrkit/examples/" + example + ".java")));
    }
  }

  @Test
  void everyFileTheJavaExampleReadsExists() throws IOException {
    Matcher path =
        Pattern.compile("Path\\.of\\(\"([^\"]+)\"\\)").matcher(readme("README.zh-CN.md"));
    int found = 0;
    while (path.find()) {
      assertTrue(Files.isRegularFile(ROOT.resolve(path.group(1))), path.group(1));
      found++;
    }
    assertTrue(found >= 2);
  }

  @Test
  void theQuotedPolicyIsTheFileAndThePlanIsItsBeginning() throws IOException {
    List<String> yaml = blocks(readme("README.zh-CN.md"), "yaml");
    String policy =
        yaml.stream().filter(b -> b.contains("keyResultStrategy")).findFirst().orElseThrow();
    Path policyFile = ROOT.resolve("okr-examples/plans/marketing.zh-CN.policy.yaml");
    assertEquals(Files.readString(policyFile, StandardCharsets.UTF_8), policy);
    assertEquals(PolicyFiles.read(policyFile), PolicyFiles.read(policy, Format.YAML));

    String plan = yaml.stream().filter(b -> b.contains("period:")).findFirst().orElseThrow();
    String planFile =
        Files.readString(
            ROOT.resolve("okr-examples/plans/marketing.zh-CN.yaml"), StandardCharsets.UTF_8);
    assertTrue(planFile.contains(plan), plan);
    assertFalse(plan.contains("#"), "the quoted beginning leaves the file's comments out");
    // the beginning is a plan of its own: the objective with its first key result
    assertEquals(
        "提升企业市场影响力",
        PlanFiles.read(plan, Format.YAML).objective("O-influence").orElseThrow().title());
  }
}
