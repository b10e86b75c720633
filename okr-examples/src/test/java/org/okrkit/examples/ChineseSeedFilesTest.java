package org.okrkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.alignment.ScoreAwareRules;
import org.okrkit.core.CheckIn;
import org.okrkit.core.ElementKind;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Measure;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.io.FileProblem;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFileException;
import org.okrkit.io.PlanFiles;
import org.okrkit.io.PolicyFiles;
import org.okrkit.io.ReadLimits;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

/**
 * The seed's four cases in Chinese ({@code plans/*.zh-CN.yaml} and their policies) are the English
 * plans in other words: the same ids, numbers, structure and history, so they score, and align,
 * exactly as their English twins; only titles, names, notes and comments are Chinese.
 */
class ChineseSeedFilesTest {
  static final Path PLANS = Path.of("plans");

  /** The Chinese milestone names and the English ones they stand for. */
  private static final Map<String, String> MILESTONES =
      Map.of("路演材料齐备", "roadshow-material-complete");

  static Stream<String> seeds() {
    return Stream.of("marketing", "internet-company", "manufacturer", "start-up");
  }

  static Plan plan(String name) throws IOException {
    return PlanFiles.read(PLANS.resolve(name + ".yaml"));
  }

  static Plan chinesePlan(String name) throws IOException {
    return PlanFiles.read(PLANS.resolve(name + ".zh-CN.yaml"));
  }

  static ScoringPolicy policy(String name) throws IOException {
    return PolicyFiles.read(PLANS.resolve(name + ".policy.yaml"));
  }

  static ScoringPolicy chinesePolicy(String name) throws IOException {
    return PolicyFiles.read(PLANS.resolve(name + ".zh-CN.policy.yaml"));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theChinesePlanReadsAndIsValid(String name) throws IOException {
    Plan plan = chinesePlan(name);
    assertEquals(List.of(), Plan.builder().from(plan).problems());
    assertEquals(
        Optional.of(PLANS.resolve(name + ".zh-CN.policy.yaml")),
        PolicyFiles.besidePlan(PLANS.resolve(name + ".zh-CN.yaml")),
        "okr finds the Chinese policy beside the Chinese plan");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theExamplesJarShipsTheChineseFiles(String name) throws IOException {
    try (InputStream in = resource(name + ".zh-CN.yaml")) {
      assertEquals(chinesePlan(name), PlanFiles.read(in, Format.YAML, ReadLimits.defaults()));
    }
    try (InputStream in = resource(name + ".zh-CN.policy.yaml")) {
      assertEquals(chinesePolicy(name), PolicyFiles.read(in, Format.YAML, ReadLimits.defaults()));
    }
  }

  private static InputStream resource(String name) {
    InputStream in = ChineseSeedFilesTest.class.getResourceAsStream("plans/" + name);
    assertNotNull(in, "the okr-examples jar lacks plans/" + name);
    return in;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  @DisplayName("in English words, the Chinese plan is the English plan")
  void theChinesePlanHasTheEnglishPlansIdsNumbersStructureAndHistory(String name)
      throws IOException {
    Plan english = plan(name);
    Plan chinese = chinesePlan(name);
    assertNotEquals(english, chinese);
    assertEquals(english, inEnglishWords(chinese, english));
  }

  @Test
  void theEnglishPlanFilesStillEqualTheSeedPlans() throws IOException {
    // the twins are compared with the files; the files are the seed plans
    assertEquals(SeedPlans.marketing(), plan("marketing"));
    assertEquals(SeedPlans.internetCompany(), plan("internet-company"));
    assertEquals(SeedPlans.manufacturer(), plan("manufacturer"));
    assertEquals(SeedPlans.startUp(), plan("start-up"));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theChinesePolicyIsTheEnglishPolicy(String name) throws IOException {
    ScoringPolicy english = policy(name);
    ScoringPolicy chinese = chinesePolicy(name);
    assertEquals(english, chinese);
    assertEquals(english.hashCode(), chinese.hashCode());
    assertEquals(PolicyFiles.write(english, Format.YAML), PolicyFiles.write(chinese, Format.YAML));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theChinesePlanScoresExactlyAsItsEnglishTwin(String name) throws IOException {
    Scorecard english = policy(name).score(plan(name), SeedPlans.AS_OF);
    Scorecard chinese = chinesePolicy(name).score(chinesePlan(name), SeedPlans.AS_OF);

    assertEquals(english.elements().size(), chinese.elements().size());
    for (var element : english.elements()) {
      var twin = chinese.element(element.id()).orElseThrow();
      assertEquals(element.kind(), twin.kind(), element.id());
      assertEquals(element.score(), twin.score(), element.id());
      assertEquals(element.band(), twin.band(), element.id());
      assertEquals(element.status(), twin.status(), element.id());
      assertEquals(element.actual(), twin.actual(), element.id());
      assertEquals(element.progress(), twin.progress(), element.id());
      assertEquals(element.signedProgress(), twin.signedProgress(), element.id());
      assertEquals(element.expectedProgress(), twin.expectedProgress(), element.id());
      assertEquals(element.confidence(), twin.confidence(), element.id());
      if (element.kind() != ElementKind.OBJECTIVE) {
        assertEquals(english.forecast(element.id()), chinese.forecast(element.id()), element.id());
      }
    }
    assertEquals(english.elements(), chinese.elements());

    assertEquals(english.owners().size(), chinese.owners().size());
    for (var owner : english.owners()) {
      var twin = chinese.owner(owner.id()).orElseThrow();
      assertEquals(owner.kpiScore(), twin.kpiScore(), owner.id());
      assertEquals(owner.okrScore(), twin.okrScore(), owner.id());
      assertEquals(owner.composite(), twin.composite(), owner.id());
      assertEquals(owner.band(), twin.band(), owner.id());
      assertEquals(owner.status(), twin.status(), owner.id());
      assertEquals(owner.confidence(), twin.confidence(), owner.id());
    }
    assertEquals(english.owners(), chinese.owners());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theChinesePlanHasTheSameAlignmentFindings(String name) throws IOException {
    AlignmentAnalyzer analyzer =
        AlignmentAnalyzer.builder()
            .addDefaultRules()
            .addRules(ScoreAwareRules.divergence())
            .build();
    AlignmentReport english = analyzer.analyze(policy(name).score(plan(name), SeedPlans.AS_OF));
    AlignmentReport chinese =
        analyzer.analyze(chinesePolicy(name).score(chinesePlan(name), SeedPlans.AS_OF));
    assertEquals(findings(english), findings(chinese));
    assertEquals(english.coverage(), chinese.coverage());
  }

  @Test
  void theMarketingPlansFindingsAreTheOnesTheReadmeShows() throws IOException {
    AlignmentReport report =
        AlignmentAnalyzer.builder().addDefaultRules().build().analyze(chinesePlan("marketing"));
    assertEquals(
        List.of(
            "ALN002 WARNING [KR-forums]",
            "ALN002 WARNING [KR-partners]",
            "ALN003 WARNING [O-influence]"),
        findings(report));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyTitleNameAndNoteOfTheChinesePlanIsChinese(String name) throws IOException {
    Plan plan = chinesePlan(name);
    Plan english = plan(name);
    List<String> texts = new ArrayList<>();
    texts.add(plan.name().orElseThrow());
    plan.owners().forEach(o -> texts.add(o.name()));
    plan.objectives().forEach(o -> texts.add(o.title()));
    for (KeyResult kr : plan.keyResults()) {
      texts.add(kr.title());
      texts.add(kr.measure().name());
      kr.target().milestones().forEach(m -> texts.add(m.name()));
    }
    for (Kpi kpi : plan.kpis()) {
      texts.add(kpi.title());
      texts.add(kpi.measure().name());
    }
    plan.checkIns().forEach(c -> c.note().ifPresent(texts::add));
    for (String text : texts) {
      assertTrue(hasHan(text), () -> "not Chinese: " + text);
    }
    assertEquals(
        "提升企业市场影响力", chinesePlan("marketing").objective("O-influence").orElseThrow().title());
    assertEquals(english.objectives().size(), plan.objectives().size());
  }

  @Test
  void theTitlesAreTheArticlesWords() throws IOException {
    assertEquals(
        "季度内新增20家合作企业", chinesePlan("marketing").keyResult("KR-partners").orElseThrow().title());
    assertEquals("每月完成5次品牌传播活动", chinesePlan("marketing").kpi("K-campaigns").orElseThrow().title());
    assertEquals(
        "本季度上线3-5个激活用户的新功能",
        chinesePlan("internet-company").kpi("K-features").orElseThrow().title());
    assertEquals(
        "市场退货率降至1%以下", chinesePlan("manufacturer").keyResult("KR-returns").orElseThrow().title());
    assertEquals(
        "准备完整的BP路演材料", chinesePlan("start-up").keyResult("KR-roadshow").orElseThrow().title());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyCommentOfTheChineseFilesIsChinese(String name) throws IOException {
    for (String file : List.of(name + ".zh-CN.yaml", name + ".zh-CN.policy.yaml")) {
      List<String> comments =
          Files.readAllLines(PLANS.resolve(file), StandardCharsets.UTF_8).stream()
              .filter(line -> line.contains("#"))
              .map(line -> line.substring(line.indexOf('#')))
              .collect(Collectors.toList());
      assertTrue(!comments.isEmpty(), file);
      for (String comment : comments) {
        assertTrue(hasHan(comment), () -> file + ": " + comment);
      }
    }
  }

  @Test
  void theBrokenChinesePlanNamesBothProblemsWithLineAndColumn() {
    Path broken = Path.of("src", "test", "resources", "broken.zh-CN.yaml");
    PlanFileException e = assertThrows(PlanFileException.class, () -> PlanFiles.read(broken));
    List<String> problems =
        e.problems().stream().map(ChineseSeedFilesTest::located).collect(Collectors.toList());
    assertEquals(
        List.of(
            "18:9 objectives[0].keyResults[0].target",
            "26:21 kpis[0].contributions[0]: unknown key result 'KR-partner'"),
        problems.stream()
            .map(p -> p.contains("unknown") ? p : p.substring(0, p.indexOf(':', 6)))
            .collect(Collectors.toList()),
        problems::toString);
    assertTrue(problems.get(0).contains("stretch 15 lies below target 20"), problems.get(0));
  }

  private static String located(FileProblem p) {
    return p.line() + ":" + p.column() + " " + p.path() + ": " + p.message();
  }

  private static List<String> findings(AlignmentReport report) {
    return report.findings().stream()
        .map(f -> f.code() + " " + f.severity() + " " + f.ids())
        .collect(Collectors.toList());
  }

  private static boolean hasHan(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * The Chinese plan with every text a person reads (the plan's name, owners' names, titles,
   * measures' names, milestones' names and check-ins' notes) taken from its English twin, by id.
   */
  private static Plan inEnglishWords(Plan chinese, Plan english) {
    Plan.Builder plan =
        Plan.builder().period(chinese.period()).addAllRevisions(chinese.revisions());
    english.name().ifPresent(plan::name);
    for (Owner o : chinese.owners()) {
      plan.addOwners(o.withName(english.owner(o.id()).orElseThrow().name()));
    }
    for (Objective o : chinese.objectives()) {
      plan.addObjectives(o.withTitle(english.objective(o.id()).orElseThrow().title()));
    }
    for (KeyResult kr : chinese.keyResults()) {
      KeyResult twin = english.keyResult(kr.id()).orElseThrow();
      plan.addKeyResults(
          kr.withTitle(twin.title())
              .withMeasure(inEnglishWords(kr.measure(), twin.measure()))
              .withTarget(inEnglishWords(kr.target())));
    }
    for (Kpi kpi : chinese.kpis()) {
      Kpi twin = english.kpi(kpi.id()).orElseThrow();
      plan.addKpis(
          kpi.withTitle(twin.title())
              .withMeasure(inEnglishWords(kpi.measure(), twin.measure()))
              .withTarget(inEnglishWords(kpi.target())));
    }
    for (CheckIn c : chinese.checkIns()) {
      CheckIn twin = c;
      if (c.note().isPresent()) {
        twin =
            english.checkInsOf(c.elementId()).stream()
                .filter(e -> e.date().equals(c.date()) && e.note().isPresent())
                .findFirst()
                .map(e -> c.withNote(e.note().orElseThrow()))
                .orElse(c);
      }
      Optional<String> milestone = c.milestone().map(m -> MILESTONES.getOrDefault(m, m));
      plan.addCheckIns(twin.withMilestone(milestone));
    }
    return plan.build();
  }

  private static Measure inEnglishWords(Measure chinese, Measure english) {
    return chinese.withName(english.name());
  }

  private static Target inEnglishWords(Target chinese) {
    List<Milestone> milestones = new ArrayList<>();
    for (Milestone m : chinese.milestones()) {
      milestones.add(m.withName(MILESTONES.getOrDefault(m.name(), m.name())));
    }
    return milestones.isEmpty() ? chinese : chinese.withMilestones(milestones);
  }
}
