package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.PLANS;
import static org.okrkit.cli.Cli.okr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.cli.Cli.Result;

class SimulateCommandTest {
  private static final String COMPANY =
      PLANS.resolve("internet-company.simulation.yaml").toString();

  @Test
  void printsTheComparisonAndWritesAHistogramPerPolicy(@TempDir Path dir) throws IOException {
    Result r = okr("simulate", COMPANY, "--trials", "60", "--histograms", dir.toString());
    assertEquals(Okr.OK, r.code(), r::toString);
    List<String> out = r.out().lines().collect(Collectors.toList());
    assertEquals(
        "3 people, 4 elements, 60 trials, seed 7; means with 95 % confidence intervals",
        out.get(0));
    assertTrue(out.get(1).matches("metric +the company's policy +all graded"), out.get(1));
    assertTrue(
        out.stream().anyMatch(l -> l.startsWith("validity (rank corr. with latent performance)")),
        r::toString);
    Path company = dir.resolve("internet-company-the-company-s-policy.svg");
    Path graded = dir.resolve("internet-company-all-graded.svg");
    assertEquals(
        List.of(
            "Wrote " + company + ": the score histogram of 'the company's policy'",
            "Wrote " + graded + ": the score histogram of 'all graded'"),
        out.subList(out.size() - 2, out.size()));
    for (Path svg : List.of(company, graded)) {
      String image = Files.readString(svg, StandardCharsets.UTF_8);
      assertTrue(image.startsWith("<svg"), image);
      assertTrue(image.contains("scores of people"), image);
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(2, files.count());
    }
    assertEquals("", r.problems());
  }

  @Test
  void oneSeedGivesTheSameResultOnAnyNumberOfThreads() {
    Result one = okr("simulate", COMPANY, "--trials", "40", "--threads", "1", "--histograms", "-");
    Result four = okr("simulate", COMPANY, "--trials", "40", "--threads", "4", "--histograms", "-");
    Result other = okr("simulate", COMPANY, "--trials", "40", "--seed", "8", "--histograms", "-");
    assertEquals(Okr.OK, one.code(), one::toString);
    assertEquals(one.out(), four.out());
    assertTrue(!one.out().equals(other.out()), "another seed, other draws");
    assertTrue(other.out().startsWith("3 people, 4 elements, 40 trials, seed 8;"), other::toString);
  }

  @Test
  void jsonAndCsvKeepStdoutForData(@TempDir Path dir) {
    Result json =
        okr(
            "simulate",
            COMPANY,
            "--trials",
            "30",
            "--format",
            "json",
            "--histograms",
            dir.toString());
    assertEquals(Okr.OK, json.code(), json::toString);
    Object parsed = Json.parse(json.out());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> arms = (List<Map<String, Object>>) Json.at(parsed, "arms");
    assertEquals(
        List.of("the company's policy", "all graded"),
        arms.stream().map(a -> a.get("name")).collect(Collectors.toList()));
    assertEquals(30.0, ((Number) Json.at(parsed, "trials")).doubleValue());
    assertTrue(
        json.err().contains("okr: Wrote " + dir.resolve("internet-company-all-graded.svg")),
        json::toString);

    Result csv = okr("simulate", COMPANY, "--trials", "30", "--format", "csv", "--histograms", "-");
    assertEquals(Okr.OK, csv.code(), csv::toString);
    // a header, then a row per policy and metric
    assertTrue(csv.out().lines().count() > 2 * 10, csv::toString);
    assertTrue(
        csv.out()
            .lines()
            .skip(1)
            .allMatch(
                l ->
                    l.startsWith("the company's policy,")
                        || l.startsWith("all graded,")
                        || l.startsWith("\"the company's policy\",")),
        csv::toString);
    assertEquals("", csv.problems());
  }

  @Test
  void badSpecsAndOptionsExitWithTwo(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("bad.simulation.yaml");
    Files.writeString(spec, "arms: [{name: a}]\ntrials: many\n");
    Result bad = okr("simulate", spec.toString());
    assertEquals(Okr.BAD_INPUT, bad.code(), bad::toString);
    assertEquals(
        spec + ":2:9: trials: expected a number, got text 'many'",
        bad.err().lines().filter(l -> l.startsWith(spec.toString())).findFirst().orElse(""),
        bad::toString);
    assertEquals("", bad.out());

    Result missing = okr("simulate", dir.resolve("none.yaml").toString());
    assertEquals(Okr.BAD_INPUT, missing.code(), missing::toString);
    assertTrue(missing.err().contains("there is no such file"), missing::toString);

    Result md = okr("simulate", COMPANY, "--format", "md");
    assertEquals(Okr.BAD_INPUT, md.code(), md::toString);
    assertTrue(md.err().contains("okr simulate writes text, json or csv"), md::toString);

    Result folder = okr("simulate", COMPANY, "--trials", "5", "--histograms", spec.toString());
    assertEquals(Okr.BAD_INPUT, folder.code(), folder::toString);
    assertTrue(folder.err().contains("it is a file; expected a folder"), folder::toString);

    Path made = dir.resolve("new").resolve("folder");
    Result created = okr("simulate", COMPANY, "--trials", "5", "--histograms", made.toString());
    assertEquals(Okr.OK, created.code(), created::toString);
    assertTrue(
        Files.isRegularFile(made.resolve("internet-company-all-graded.svg")), created::toString);

    Result trials = okr("simulate", COMPANY, "--trials", "0");
    assertEquals(Okr.BAD_INPUT, trials.code(), trials::toString);
    assertTrue(trials.err().contains("trials"), trials::toString);
  }

  @Test
  void aSpecMayNameAnyFileItsUserGives(@TempDir Path dir) throws IOException {
    Path specs = Files.createDirectories(dir.resolve("specs"));
    Path plans = Files.createDirectories(dir.resolve("plans"));
    Files.copy(PLANS.resolve("internet-company.yaml"), plans.resolve("company.yaml"));
    Files.copy(PLANS.resolve("internet-company.policy.yaml"), plans.resolve("company.policy.yaml"));
    Path spec = specs.resolve("s.simulation.yaml");
    Files.writeString(
        spec,
        "population: {plan: ../plans/company.yaml}\n"
            + "arms: [{name: own, policy: "
            + plans.resolve("company.policy.yaml").toAbsolutePath()
            + "}]\n"
            + "trials: 5\n");
    Result r = okr("simulate", spec.toString(), "--histograms", "-");
    assertEquals(Okr.OK, r.code(), r::toString);
    assertTrue(r.out().startsWith("3 people, 4 elements, 5 trials, seed 1;"), r::toString);
  }

  private static final String WORKFORCE = PLANS.resolve("workforce.simulation.yaml").toString();

  @Test
  void aWorkforceStudyPrintsATablePerArmAndWritesAChart(@TempDir Path dir) throws IOException {
    Result r =
        okr(
            "simulate",
            WORKFORCE,
            "--replications",
            "6",
            "--periods",
            "4",
            "--charts",
            dir.toString());
    assertEquals(Okr.OK, r.code(), r::toString);
    List<String> out = r.out().lines().collect(Collectors.toList());
    assertEquals(
        "100 people, 6 companies, 4 periods, seed 2026; means over companies with 95 % confidence"
            + " intervals; ability in standard deviations of the initial workforce",
        out.get(0));
    assertEquals(
        "plain, 10 %: rated plain(validity=0.7); dismissal forced(0.9, 0.1); no turnover;"
            + " selection(validity=0.3, ratio=0.5)",
        out.stream().filter(l -> l.startsWith("plain, 10 %:")).findFirst().orElseThrow());
    assertTrue(out.get(3).startsWith("period "), out.get(3));
    // a header, a rule and periods 0 to 4 for each of twelve arms
    assertEquals(12, out.stream().filter(l -> l.startsWith("4 ")).count(), r::toString);
    Path chart = dir.resolve("workforce-mean-ability.svg");
    assertEquals(
        "Wrote " + chart + ": mean ability by period, a line per arm", out.get(out.size() - 1));
    String image = Files.readString(chart, StandardCharsets.UTF_8);
    assertTrue(image.startsWith("<svg"), image);
    assertTrue(image.contains(">workforce: mean ability by period</text>"), image);
    assertEquals("", r.problems());
  }

  @Test
  void aWorkforceStudyGivesOneResultOnAnyNumberOfThreadsAndItsDataOnStdout(@TempDir Path dir) {
    String[] small = {"--replications", "5", "--periods", "3"};
    Result one = okr(with(small, "simulate", WORKFORCE, "--threads", "1", "--charts", "-"));
    Result two = okr(with(small, "simulate", WORKFORCE, "--threads", "2", "--charts", "-"));
    assertEquals(Okr.OK, one.code(), one::toString);
    assertEquals(one.out(), two.out());
    Result json =
        okr(with(small, "simulate", WORKFORCE, "--format", "json", "--charts", dir.toString()));
    assertEquals(Okr.OK, json.code(), json::toString);
    Object parsed = Json.parse(json.out());
    assertEquals("workforce", Json.at(parsed, "kind"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> arms = (List<Map<String, Object>>) Json.at(parsed, "arms");
    assertEquals(12, arms.size());
    assertEquals("plain, 10 %", arms.get(0).get("name"));
    assertTrue(
        json.err().contains("okr: Wrote " + dir.resolve("workforce-mean-ability.svg")),
        json::toString);
    Result csv = okr(with(small, "simulate", WORKFORCE, "--format", "csv", "--charts", "-"));
    assertEquals(Okr.OK, csv.code(), csv::toString);
    List<String> rows = csv.out().lines().collect(Collectors.toList());
    assertEquals("arm,period,metric,mean,lower,upper,sd,replications", rows.get(0));
    // twelve arms: five metrics in period 0, seven in periods 1 to 3
    assertEquals(1 + 12 * (5 + 3 * 7), rows.size());
    assertEquals("", csv.problems());
  }

  @Test
  void badWorkforceStudiesExitWithTwoAndSayWhere(@TempDir Path dir) throws IOException {
    Path spec = dir.resolve("bad.simulation.yaml");
    Files.writeString(
        spec,
        String.join(
            "\n",
            "kind: workforce",
            "arms:",
            "  - name: a",
            "    rating: {plain: 0.5}",
            "    dismissal: {forcedDistribution: [0.2, 0.7, 0.2]}",
            "    selection: {ratio: 0}",
            "  - name: b",
            "    rating: {plain: 0.5}",
            "    turnover: {rate: -0.1}",
            "periods: 0",
            ""));
    Result bad = okr("simulate", spec.toString());
    assertEquals(Okr.BAD_INPUT, bad.code(), bad::toString);
    assertEquals(
        List.of(
            spec + ":5:37: arms[0].dismissal.forcedDistribution: shares must add up to 1, got 1.1",
            spec
                + ":6:16: arms[0].selection: the selection ratio must lie above 0 and at most 1,"
                + " got 0",
            spec + ":9:15: arms[1].turnover: the turnover rate must lie from 0 to 1, got -0.1",
            spec + ":10:10: periods: expected a whole number from 1 to 1000, got 0"),
        bad.err().lines().filter(l -> l.startsWith(spec.toString())).collect(Collectors.toList()),
        bad::toString);
    assertEquals("", bad.out());

    Files.writeString(spec, "kind: workforc\narms: []\n");
    Result kind = okr("simulate", spec.toString());
    assertEquals(Okr.BAD_INPUT, kind.code(), kind::toString);
    assertTrue(
        kind.err()
            .contains(
                spec
                    + ":1:7: kind: unknown kind 'workforc' (did you mean 'workforce'?); expected"
                    + " one of comparison, workforce"),
        kind::toString);
  }

  @Test
  void optionsOfTheOtherKindOfSpecAreRefused() {
    Result trials = okr("simulate", WORKFORCE, "--trials", "5");
    assertEquals(Okr.BAD_INPUT, trials.code(), trials::toString);
    assertTrue(
        trials.err().contains("--trials applies to a policy comparison; a workforce study takes"),
        trials::toString);
    Result replications = okr("simulate", COMPANY, "--replications", "5");
    assertEquals(Okr.BAD_INPUT, replications.code(), replications::toString);
    assertTrue(
        replications.err().contains("--replications applies to a workforce study"),
        replications::toString);
    Result periods = okr("simulate", WORKFORCE, "--periods", "0", "--charts", "-");
    assertEquals(Okr.BAD_INPUT, periods.code(), periods::toString);
    assertTrue(periods.err().contains("periods must lie from 1 to 1000, got 0"), periods::toString);
  }

  /** {@code args} followed by {@code options}. */
  private static String[] with(String[] options, String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + options.length);
    System.arraycopy(options, 0, all, args.length, options.length);
    return all;
  }

  @Test
  void fileNamesForPolicies() {
    assertEquals("binary-kpis", SimulateCommand.slug("Binary KPIs"));
    assertEquals("policy", SimulateCommand.slug("***"));
    assertEquals("policies", SimulateCommand.stem(Path.of("plans", "policies.simulation.yaml")));
    assertEquals("spec", SimulateCommand.stem(Path.of("spec.json")));
  }
}
