package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.alignment.Fixtures.base;
import static org.okrkit.alignment.Fixtures.findings;
import static org.okrkit.alignment.Fixtures.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;

/**
 * {@code ALN014} beyond its example in {@link AlignmentRulesTest}: the comparison of measure names,
 * which takes shortcuts for ASCII names, and owners with exactly two KPIs alike or very many KPIs.
 */
class DuplicateKpisTest {

  /** Whether the names are the same, checked against their keys, in both orders. */
  static boolean same(String a, String b) {
    boolean same = DuplicateKpis.sameMeasureName(a, b);
    assertEquals(same, DuplicateKpis.sameMeasureName(b, a), () -> a + " / " + b);
    assertEquals(
        DuplicateKpis.measureKey(a).equals(DuplicateKpis.measureKey(b)),
        same,
        () -> "'" + a + "' and '" + b + "' compare as their keys do");
    return same;
  }

  @Test
  void namesAreTheSameIgnoringCaseAndSurroundingBlanks() {
    assertEquals("customer calls", DuplicateKpis.measureKey("  Customer CALLS "));
    assertEquals(true, same(" calls", "calls "));
    assertEquals(true, same("Customer Calls", "customer calls"));
    assertEquals(true, same("Alpha", "alpha"));
    assertEquals(true, same("Zulu", "zulu"));
    assertEquals(true, same("", "  "));
  }

  @Test
  void asciiNamesDifferAnywhere() {
    // the same first and last characters: the difference is inside
    assertEquals(false, same("Calls", "Calms"));
    assertEquals(false, same("cas", "caas"));
    assertEquals(false, same("calls", "balls"));
    assertEquals(false, same("calls", "calla"));
    assertEquals(false, same("@", "`"));
    assertEquals(false, same("", "a"));
  }

  @Test
  void otherNamesCompareAsLowerCaseKeys() {
    assertEquals(true, same("Énergie", "énergie"));
    assertEquals(false, same("Énergie", "Ènergie"));
    assertEquals(true, same("ÀÉ", "àé"));
    assertEquals(false, same("Cafe", "Cafée"));
    // the Kelvin sign lower-cases to an ASCII k: first, inside and last
    assertEquals(true, same("\u212Aelvin", "kelvin"));
    assertEquals(true, same("a\u212Ab", "akb"));
    assertEquals(true, same("o\u212A", "ok"));
    assertEquals(false, same("\u212Aelvin", "celvin"));
  }

  static String message(String first, String second, String owner, String measure) {
    return "KPIs '"
        + first
        + "' and '"
        + second
        + "' of owner '"
        + owner
        + "' share the measure '"
        + measure
        + "' and the target 0 -> 5; expected one KPI per owner, measure and target";
  }

  @Test
  void twoKpisAlikeAreDuplicates() {
    // bob holds exactly two KPIs, and nothing else is alike
    Plan plan =
        base().addKpis(kpi("K2", "bob", "Demos", "KR1"), kpi("K3", "bob", "demos ", "KR1")).build();
    List<Finding> found = findings(AlignmentRules.duplicateKpis(), plan);
    assertEquals(1, found.size());
    assertEquals(List.of("K2", "K3", "bob"), found.get(0).ids());
    assertEquals(message("K2", "K3", "bob", "Demos"), found.get(0).message());
  }

  @Test
  void theSharedTargetReadsInTheFindingsLanguage() {
    Target relative = Target.increaseByPercent(200, 30).withThreshold(10);
    Plan plan =
        base()
            .addKpis(
                kpi("K2", "bob", "Demos", "KR1").withTarget(relative),
                kpi("K3", "bob", "demos", "KR1").withTarget(relative))
            .build();
    Finding found =
        AlignmentAnalyzer.builder()
            .addRule(AlignmentRules.duplicateKpis())
            .build()
            .analyze(plan)
            .findings()
            .get(0);
    assertEquals(relative, found.arguments().get("target"));
    assertEquals(
        "KPIs 'K2' and 'K3' of owner 'bob' share the measure 'Demos' and the target +30 % of 200"
            + " (260), threshold +10 % (220); expected one KPI per owner, measure and target",
        found.message());
    assertEquals(
        "负责人“bob”的 KPI“K2” 和 “K3”使用相同的指标“Demos”和目标值 基线值 200 的 +30%（260），门槛值 +10%（220）；"
            + "每个负责人、指标和目标值应只有一个 KPI",
        AlignmentRules.templates().message(found, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void anOwnerWithManyKpisHasItsDuplicatesFound() {
    Plan.Builder plan = base();
    for (int i = 0; i < 70; i++) {
      plan.addKpis(kpi(String.format("KB%02d", i), "bob", "measure " + i, "KR1"));
    }
    plan.addKpis(kpi("KB70", "bob", "Measure 17", "KR1"), kpi("KB71", "bob", "MEASURE 3", "KR1"));
    List<String> ids = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    for (Finding f : findings(AlignmentRules.duplicateKpis(), plan.build())) {
      ids.add(String.join(",", f.ids()));
      messages.add(f.message());
    }
    assertEquals(List.of("KB03,KB71,bob", "KB17,KB70,bob"), ids);
    assertEquals(
        List.of(
            message("KB03", "KB71", "bob", "measure 3"),
            message("KB17", "KB70", "bob", "measure 17")),
        messages);
  }
}
