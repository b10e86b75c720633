package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.lines;
import static org.okrkit.cli.Cli.okr;
import static org.okrkit.cli.Cli.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.cli.Cli.Result;

/** okr reads policies with formula strategies: okr-formula is on its path as a service. */
class FormulaPolicyTest {

  @Test
  void scoresTheMarketingPlanUnderItsFormulaPolicy() {
    Result r = okr("score", plan("marketing"), "--policy", "plans/marketing.formula.policy.yaml");
    assertEquals(Okr.OK, r.code(), r::toString);
    assertEquals("", r.problems());
    assertEquals(
        lines(
            "Marketing 2026-Q2, scored as of 2026-05-31",
            "",
            "Owners",
            "  acme                     -                           KPI -      OKR -",
            "  marketing                0.44     YELLOW  AT_RISK    KPI -      OKR 0.44",
            "  marketing-manager        0.5      YELLOW  AT_RISK    KPI 0.5    OKR -",
            "",
            "Elements",
            "  O-influence              0.44     YELLOW  AT_RISK    Raise the company's market influence",
            "  KR-partners              0.52     YELLOW  ON_TRACK   Add 20 partner companies within the quarter",
            "  KR-mentions              0.48     YELLOW  ON_TRACK   Brand media mentions +30 %",
            "  KR-forums                0.32     RED     OFF_TRACK  Run at least 5 high-quality industry forums",
            "  K-campaigns              0.5      YELLOW  AT_RISK    Run 5 brand campaigns per month",
            "",
            "Scored under plans/marketing.formula.policy.yaml, as of 2026-05-31 (the plan's latest"
                + " check-in; set --as-of to change)."),
        r.out(),
        r::toString);
  }

  @Test
  void aFormulaThatDoesNotCompileIsBadInputAtItsLineAndColumn(@TempDir Path dir)
      throws IOException {
    Path policy = dir.resolve("bad.policy.yaml");
    Files.writeString(
        policy,
        "version: 1\nkpiStrategy:\n  type: formula\n  directions: [increase]\n"
            + "  expression: actual / targt\n");
    Result r = okr("score", plan("marketing"), "--policy", policy.toString());
    assertEquals(Okr.BAD_INPUT, r.code(), r::toString);
    assertTrue(
        r.err()
            .contains(
                ":5:15: kpiStrategy.expression: the formula does not compile: at column 10 of the"
                    + " expression: undeclared reference to 'targt'"),
        r::toString);
  }
}
