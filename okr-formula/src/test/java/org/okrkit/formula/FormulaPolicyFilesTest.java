package org.okrkit.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.core.Direction;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.io.ExportFormat;
import org.okrkit.io.Exports;
import org.okrkit.io.Format;
import org.okrkit.io.HtmlReport;
import org.okrkit.io.PlanFileException;
import org.okrkit.io.PolicyFiles;
import org.okrkit.io.ReadLimits;
import org.okrkit.scoring.BatchScorer;
import org.okrkit.scoring.PolicyExtensions;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.Strategies;

/** The example policy of the seed marketing plan, and formulas read from policy files. */
class FormulaPolicyFilesTest {
  static final Path PLANS = Path.of(System.getProperty("okrkit.plans", "../okr-examples/plans"));

  static ScoringPolicy example() throws IOException {
    return PolicyFiles.read(PLANS.resolve("marketing.formula.policy.yaml"));
  }

  static String problems(String yaml, PolicyExtensions extensions) {
    PlanFileException e =
        assertThrows(
            PlanFileException.class,
            () -> PolicyFiles.read(yaml, Format.YAML, ReadLimits.defaults(), extensions));
    return e.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
  }

  @Test
  void theExamplePolicyScoresTheMarketingPlanWithItsFormulas() throws IOException {
    Scorecard card = example().score(SeedPlans.marketing(), SeedPlans.AS_OF);
    // 13 of 20 partners: 65 % of the way, at 80 % credit
    assertEquals(0.52, card.score("KR-partners").getAsDouble(), 1e-12);
    // 236 of +30 % over 200 (260): 60 % of the way
    assertEquals(0.48, card.score("KR-mentions").getAsDouble(), 1e-12);
    // 2 of 5 forums
    assertEquals(0.32, card.score("KR-forums").getAsDouble(), 1e-12);
    // 4 of 5 campaigns in May: at least 80 % of the target, half credit
    assertEquals(0.5, card.score("K-campaigns").getAsDouble(), 1e-12);
    assertEquals((0.52 + 0.48 + 0.32) / 3, card.score("O-influence").getAsDouble(), 1e-12);
  }

  @Test
  void explanationsAndExportsShowTheFormulaAndItsInputs() throws IOException {
    Scorecard card = example().score(SeedPlans.marketing(), SeedPlans.AS_OF);
    String explained = card.explain("KR-partners").render();
    assertTrue(
        explained.contains(
            "formula: actual >= target ? 1.0 : (actual <= baseline ? 0.0 : (actual - baseline) /"
                + " (target - baseline) * 0.8) with actual 13, baseline 0, target 20 = 0.52"),
        explained);
    assertTrue(explained.contains("rule: formula(expression=actual >= target ? 1.0"), explained);
    String json = Exports.scorecard(card, ExportFormat.JSON);
    assertTrue(
        json.contains("\"id\": \"KR-partners\",") && json.contains("\"score\": 0.52,"), json);
    String csv = Exports.scorecard(card, ExportFormat.CSV);
    assertTrue(csv.contains("KR-forums") && csv.contains("0.32"), csv);
    String html = HtmlReport.of(card, AlignmentAnalyzer.defaults().analyze(card)).render();
    assertTrue(html.contains("KR-partners") && html.contains("0.52"), html);
  }

  @Test
  void aPolicyWithFormulasIsWrittenAndReadBackEqual() throws IOException {
    ScoringPolicy policy = example();
    for (Format format : Format.values()) {
      String text = PolicyFiles.write(policy, format);
      assertTrue(text.contains("formula"), text);
      assertEquals(policy, PolicyFiles.read(text, format));
    }
  }

  @Test
  void batchScoringUsesTheFormula() throws IOException {
    Plan plan = SeedPlans.marketing();
    BatchScorer batch = BatchScorer.of(example().keyResultStrategy(), plan.keyResults());
    double[] scores = new double[3];
    batch.score(new double[] {13, 236, 2}, scores);
    assertEquals(0.52, scores[0], 1e-12);
    assertEquals(0.48, scores[1], 1e-12);
    assertEquals(0.32, scores[2], 1e-12);
    assertEquals(example().keyResultStrategy(), batch.strategy());
  }

  @Test
  void aNonFiniteResultInBatchScoringNamesTheElement() {
    // finite on the sample grid, infinite for KR-partners' target of 20
    ScoringStrategy s =
        FormulaStrategies.formula(
            "target == 20.0 ? actual / (target - 20.0) : (actual >= target ? 1.0 : 0.0)",
            EnumSet.of(Direction.INCREASE));
    Plan plan = SeedPlans.marketing();
    String expected =
        s
            + " gave Infinity for 'KR-partners' (actual 13, target 0 -> 20); a formula must give a"
            + " finite number from 0 to its cap 1";
    BatchScorer one = BatchScorer.of(s, plan.keyResults());
    assertEquals(
        expected,
        assertThrows(
                IllegalStateException.class,
                () -> one.score(new double[] {13, 236, 2}, new double[3]))
            .getMessage());
    BatchScorer each = BatchScorer.of(List.of(Strategies.linear(), s, s), plan.keyResults());
    assertEquals("KR-partners", plan.keyResults().get(0).id());
    BatchScorer later =
        BatchScorer.of(
            List.of(Strategies.linear(), Strategies.linear(), s),
            List.of(plan.keyResults().get(1), plan.keyResults().get(2), plan.keyResults().get(0)));
    assertEquals(
        expected,
        assertThrows(
                IllegalStateException.class,
                () -> later.score(new double[] {236, 2, 13}, new double[3]))
            .getMessage());
    // the other elements score as before
    double[] scores = new double[3];
    each.score(new double[] {20, 236, 5}, scores);
    assertEquals(1.0, scores[0], 1e-12);
    assertEquals(0.0, scores[1], 1e-12);
    assertEquals(1.0, scores[2], 1e-12);
  }

  @Test
  void aFormulaThatDoesNotCompileIsReportedAtItsExpression() {
    assertEquals(
        "2:15: kpiStrategy.expression: the formula does not compile: at column 10 of the"
            + " expression: undeclared reference to 'targt' (in container '')",
        problems(
            "kpiStrategy:\n  expression: actual / targt\n  type: formula\n  directions: [increase]\n",
            PolicyExtensions.loaded()));
    assertEquals(
        "3:15: keyResultStrategy.directions: unknown direction upward of a formula; expected"
            + " increase, decrease or range",
        problems(
            "keyResultStrategy:\n  type: formula\n  directions: [upward]\n  expression: '1.0'\n",
            PolicyExtensions.loaded()));
  }

  @Test
  void withoutTheModuleAFormulaIsReportedAsNeedingIt() {
    assertEquals(
        "1:21: kpiStrategy.type: strategy 'formula' needs the okr-formula module, which is not on"
            + " the class or module path; add it to the application (the okr command line includes"
            + " it)",
        problems(
            "kpiStrategy: {type: formula, expression: '1.0', directions: [increase]}\n",
            PolicyExtensions.none()));
  }
}
