package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Plan;
import org.okrkit.core.Revision;
import org.okrkit.scoring.Pace;
import org.okrkit.scoring.PaceTolerance;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.StatusRule;

/** The examples in FORMAT.md, and the plan file in the README, are valid files. */
class FormatDocTest {

  private static List<String> yamlBlocks() throws IOException {
    return yamlBlocks(Path.of("FORMAT.md"));
  }

  /** The README's first YAML block that is a plan (the policy snippets before it are not). */
  private static String readmePlan() throws IOException {
    return yamlBlocks(Path.of("..", "README.md")).stream()
        .filter(b -> b.contains("period:"))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> yamlBlocks(Path markdown) throws IOException {
    return blocks(markdown, "yaml");
  }

  private static List<String> blocks(Path markdown, String language) throws IOException {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = null;
    for (String line : Files.readAllLines(markdown)) {
      if (block == null && line.equals("```" + language)) {
        block = new StringBuilder();
      } else if (block != null && line.equals("```")) {
        blocks.add(block.toString());
        block = null;
      } else if (block != null) {
        block.append(line).append('\n');
      }
    }
    return blocks;
  }

  @Test
  void theCompletePlanReadsAndRoundTrips() throws IOException {
    Plan plan = PlanFiles.read(yamlBlocks().get(0), Format.YAML);
    assertEquals(3, plan.keyResults().size());
    assertEquals(6, plan.checkIns().size());
    assertEquals(
        List.of(Revision.Kind.TARGET, Revision.Kind.CONTRIBUTIONS, Revision.Kind.WEIGHT),
        plan.revisions().stream().map(Revision::kind).collect(Collectors.toList()));
    // the elements' own fields are the original definitions
    assertEquals(
        OptionalDouble.of(20),
        plan.original().keyResult("KR-partners").orElseThrow().target().absoluteValue());
    assertEquals(
        OptionalDouble.of(25),
        plan.keyResult("KR-partners").orElseThrow().target().absoluteValue());
    assertEquals(OptionalDouble.of(5), plan.valueAsOf("K-campaigns", LocalDate.of(2026, 5, 31)));
    for (Format f : Format.values()) {
      assertEquals(plan, PlanFiles.read(PlanFiles.write(plan, f), f), f.toString());
    }
  }

  /** The plan file in the README's "Plan files" section, the first YAML block there. */
  @Test
  void theReadmePlanReads() throws IOException {
    Plan plan = PlanFiles.read(readmePlan(), Format.YAML);
    assertEquals(1, plan.revisions().size());
    assertEquals(
        OptionalDouble.of(25), plan.keyResult("KR1").orElseThrow().target().absoluteValue());
    assertEquals(Optional.of("partner desk"), plan.checkIns().get(0).author());
  }

  /** The two logs of the check-in log section say the same, and fit the complete plan. */
  @Test
  void theLogsReadBesideTheCompletePlan(@TempDir Path dir) throws IOException {
    String csv = blocks(Path.of("FORMAT.md"), "csv").get(0);
    String jsonl = blocks(Path.of("FORMAT.md"), "jsonl").get(0);
    List<CheckIn> checkIns = CheckInLogs.read(csv, RecordFormat.CSV, ReadLimits.defaults());
    assertEquals(3, checkIns.size());
    assertEquals(checkIns, CheckInLogs.read(jsonl, RecordFormat.JSON_LINES, ReadLimits.defaults()));
    assertEquals(csv, CheckInLogs.write(checkIns, RecordFormat.CSV));
    assertEquals(jsonl, CheckInLogs.write(checkIns, RecordFormat.JSON_LINES));
    Path plan = Files.writeString(dir.resolve("marketing.yaml"), yamlBlocks().get(0));
    Files.writeString(dir.resolve("marketing.checkins.csv"), csv);
    Plan read = PlanFiles.read(plan);
    assertEquals(PlanFiles.read(yamlBlocks().get(0), Format.YAML).withCheckIns(checkIns), read);
    assertEquals(
        Optional.of("two more, in June"),
        read.latestCheckIn("KR-partners", LocalDate.of(2026, 5, 31)).orElseThrow().note());
  }

  @Test
  void thePolicyReads() throws IOException {
    ScoringPolicy policy = PolicyFiles.read(yamlBlocks().get(1), Format.YAML);
    assertEquals(0.3, policy.keyResultKpiShare());
    assertEquals(Pace.frontLoaded(2), policy.paceFor("KR-mentions"));
    assertEquals(PaceTolerance.ratio(0.95, 0.75), policy.paceTolerance());
    assertEquals(StatusRule.weakest(), policy.statusRule());
  }

  /** The policy snippet of the README's status rules and paces scores the marketing plan. */
  @Test
  void theReadmeStatusPolicyReadsAndFitsTheMarketingPlan() throws IOException {
    ScoringPolicy policy =
        PolicyFiles.read(
            yamlBlocks(Path.of("..", "README.md")).stream()
                .filter(b -> b.contains("statusRule:"))
                .findFirst()
                .orElseThrow(),
            Format.YAML);
    assertEquals(StatusRule.weakest(), policy.statusRule());
    assertEquals(Pace.backLoaded(2), policy.paceFor("KR-forums"));
    assertEquals(
        Pace.byDates(List.of(LocalDate.of(2026, 5, 15)), List.of(0.3)),
        policy.paceFor("KR-partners"));
    assertEquals(
        Optional.of(org.okrkit.scoring.Status.OFF_TRACK),
        policy
            .score(org.okrkit.core.testing.SeedPlans.marketing(), LocalDate.of(2026, 5, 31))
            .element("O-influence")
            .orElseThrow()
            .status());
  }

  /** The plan tables shown are what the writer writes for the complete plan, and read back. */
  @Test
  void theCompletePlansTablesAreWhatTheWriterWrites(@TempDir Path dir) throws IOException {
    Plan plan = PlanFiles.read(yamlBlocks().get(0), Format.YAML);
    Path folder = dir.resolve("acme-tables");
    PlanTableFiles.write(folder, org.okrkit.tables.PlanKey.of("acme", "2026-Q2"), plan);
    List<String> shown = blocks(Path.of("FORMAT.md"), "csv").subList(1, 11);
    org.okrkit.tables.Table[] tables = org.okrkit.tables.Table.values();
    for (int i = 0; i < tables.length; i++) {
      assertEquals(
          Files.readString(folder.resolve(PlanTableFiles.fileName(tables[i]))),
          shown.get(i),
          tables[i].tableName());
    }
    assertEquals(plan, PlanTableFiles.readPlan(folder));
  }
}
