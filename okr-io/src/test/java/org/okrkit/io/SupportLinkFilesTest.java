package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Plan;

/** Support-only links in plan files: read, written back, and refused where they make no sense. */
class SupportLinkFilesTest {
  private static final String PLAN =
      "period: 2026-Q2\n"
          + "owners: [{id: a, name: A, level: TEAM}]\n"
          + "objectives:\n"
          + "  - id: O1\n"
          + "    title: Grow\n"
          + "    owner: a\n"
          + "    keyResults:\n"
          + "      - {id: KR1, title: Users, measure: {name: users, unit: COUNT, direction:"
          + " INCREASE}, target: {baseline: 0, value: 10}}\n"
          + "  - {id: O2, title: Help, owner: a, parent: KR1, parentSupportOnly: true}\n"
          + "kpis:\n"
          + "  - id: K1\n"
          + "    title: Calls\n"
          + "    owner: a\n"
          + "    measure: {name: calls, unit: COUNT, direction: INCREASE}\n"
          + "    target: {value: 5}\n"
          + "    contributions:\n"
          + "      - {keyResult: KR1, supportOnly: true}\n";

  @Test
  void supportOnlyLinksAreReadAndWrittenBack() {
    Plan plan = PlanFiles.read(PLAN, Format.YAML);
    assertTrue(plan.kpi("K1").orElseThrow().contributions().get(0).supportOnly());
    assertTrue(plan.objective("O2").orElseThrow().parentSupportOnly());
    assertFalse(plan.objective("O1").orElseThrow().parentSupportOnly());
    String yaml = PlanFiles.write(plan, Format.YAML);
    assertTrue(yaml.contains("parentSupportOnly: true"), yaml);
    assertTrue(yaml.contains("supportOnly: true"), yaml);
    assertEquals(plan, PlanFiles.read(yaml, Format.YAML));
    assertEquals(List.of(), PlanSchemaTest.check(PlanFiles.write(plan, Format.JSON), Format.JSON));
  }

  @Test
  void theHtmlReportMarksSupportOnlyLinks() {
    Plan plan = PlanFiles.read(PLAN, Format.YAML);
    String html =
        HtmlReport.of(
                org.okrkit.scoring.ScoringPolicy.defaults()
                    .score(plan, java.time.LocalDate.of(2026, 6, 30)),
                org.okrkit.alignment.AlignmentAnalyzer.defaults().analyze(plan))
            .render();
    assertTrue(html.contains(" (support only, not counted)</div>"), html);
    assertTrue(html.contains("<path class=\"edge support\""), html);
  }

  @Test
  void aSupportOnlyParentLinkWithoutAParentIsALocatedError() {
    String text = PLAN.replace("parent: KR1, parentSupportOnly: true", "parentSupportOnly: true");
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> PlanFiles.read(text, Format.YAML));
    assertEquals(
        List.of(
            "9:5: objectives[1]: objective 'O2' has parentSupportOnly set but no parent; expected"
                + " a parent whose link it marks"),
        e.problems().stream().map(Object::toString).collect(Collectors.toList()));
  }

  @Test
  void aSupportOnlyFlagMustBeABoolean() {
    String text = PLAN.replace("supportOnly: true}", "supportOnly: yes please}");
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> PlanFiles.read(text, Format.YAML));
    assertEquals(1, e.problems().size(), e.problems().toString());
    assertTrue(
        e.problems().get(0).toString().startsWith("17:39: kpis[0].contributions[0].supportOnly:"),
        e.problems().toString());
  }
}
