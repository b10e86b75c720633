package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.PLANS;
import static org.okrkit.cli.Cli.okr;
import static org.okrkit.cli.Cli.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.okrkit.cli.Cli.Result;
import org.okrkit.core.Element;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.io.PlanFiles;

/**
 * Every {@code okr} command on the seed plans, compared with its recorded output: stdout, stderr
 * and exit code, byte for byte. The recordings in {@code src/test/resources/golden/} change only in
 * a commit that means to change an output, and the CHANGELOG says what changed. After such a
 * change, {@code mvn -B -pl okr-cli -am test -Dtest=GoldenOutputsTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dokr.golden.update=true} writes them anew; review the
 * diff before committing it.
 */
class GoldenOutputsTest {
  static final Path GOLDEN =
      Path.of(System.getProperty("okr.cli.golden", "../okr-cli/src/test/resources/golden"));
  static final List<String> SEEDS =
      List.of("marketing", "internet-company", "manufacturer", "start-up");
  private static final boolean UPDATE = Boolean.getBoolean("okr.golden.update");

  /** One recorded invocation: the file it is kept in and the arguments. */
  static Stream<Arguments> invocations() throws IOException {
    List<Arguments> all = new ArrayList<>();
    for (String seed : SEEDS) {
      String file = plan(seed);
      add(all, seed + "/validate", "validate", file);
      for (String format : List.of("text", "json", "csv", "md")) {
        add(all, seed + "/score." + format, "score", file, "--format", format);
        add(all, seed + "/align." + format, "align", file, "--format", format);
      }
      add(
          all,
          seed + "/score-default-policy-april",
          "score",
          file,
          "--default-policy",
          "--as-of",
          "2026-04-30");
      add(
          all,
          seed + "/score-end-of-quarter",
          "score",
          file,
          "--as-of",
          "2026-06-30",
          "--format",
          "json");
      add(
          all,
          seed + "/align-default-policy-april",
          "align",
          file,
          "--default-policy",
          "--as-of",
          "2026-04-30");
      add(all, seed + "/report.html", "report", file, "--html", "-");
      add(all, seed + "/history", "history", file);
      add(all, seed + "/history.csv", "history", file, "--format", "csv");
      Plan plan = PlanFiles.read(PLANS.resolve(seed + ".yaml"));
      for (Owner o : plan.owners()) {
        add(all, seed + "/explain-" + o.id(), "explain", file, o.id());
      }
      for (Element e : elements(plan)) {
        add(all, seed + "/explain-" + e.id(), "explain", file, e.id());
        add(
            all,
            seed + "/explain-" + e.id() + "-default-policy-april",
            "explain",
            file,
            e.id(),
            "--default-policy",
            "--as-of",
            "2026-04-30");
      }
    }
    String company = PLANS.resolve("internet-company.simulation.yaml").toString();
    String policies = PLANS.resolve("policies.simulation.yaml").toString();
    for (String format : List.of("text", "json", "csv")) {
      add(
          all,
          "simulate/internet-company." + format,
          "simulate",
          company,
          "--trials",
          "50",
          "--histograms",
          "-",
          "--format",
          format);
      // ten thousand people take more than a second: no progress lines, which carry timings
      add(
          all,
          "simulate/policies." + format,
          "simulate",
          policies,
          "--trials",
          "3",
          "--histograms",
          "-",
          "--format",
          format,
          "--progress",
          "never");
    }
    String workforce = PLANS.resolve("workforce.simulation.yaml").toString();
    for (String format : List.of("text", "json", "csv")) {
      add(
          all,
          "simulate/workforce." + format,
          "simulate",
          workforce,
          "--replications",
          "4",
          "--periods",
          "3",
          "--charts",
          "-",
          "--format",
          format,
          "--progress",
          "never");
    }
    try (Stream<Path> bad = Files.list(Cli.BAD)) {
      for (Path file : bad.sorted().toList()) {
        add(all, "bad/validate-" + file.getFileName(), "validate", file.toString());
      }
    }
    add(all, "help/okr", "--help");
    for (String command :
        List.of(
            "validate",
            "score",
            "explain",
            "align",
            "report",
            "history",
            "simulate",
            "init",
            "checkin",
            "rollover",
            "diff",
            "calibrate")) {
      add(all, "help/" + command, "help", command);
    }
    return all.stream();
  }

  private static List<Element> elements(Plan plan) {
    List<Element> all = new ArrayList<>();
    all.addAll(plan.objectives());
    all.addAll(plan.keyResults());
    all.addAll(plan.kpis());
    return all;
  }

  private static void add(List<Arguments> all, String name, String... args) {
    all.add(Arguments.of(name, List.of(args)));
  }

  /** stderr without the progress lines that only a slow machine or a loaded one prints. */
  private static String stderr(String err) {
    StringBuilder kept = new StringBuilder();
    Cli.withoutProgress(err.lines().toList()).forEach(line -> kept.append(line).append('\n'));
    return kept.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invocations")
  void outputIsAsRecorded(String name, List<String> args) throws IOException {
    Result r = okr(args.toArray(new String[0]));
    String actual =
        "$ okr "
            + String.join(" ", args)
            + "\nexit "
            + r.code()
            + "\n--- stdout\n"
            + r.out()
            + "--- stderr\n"
            + stderr(r.err());
    Path file = GOLDEN.resolve(name + ".golden");
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(
        Files.exists(file), () -> "no recording " + file + "; run with -Dokr.golden.update=true");
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
  }
}
