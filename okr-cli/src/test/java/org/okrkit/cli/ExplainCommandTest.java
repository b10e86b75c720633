package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.lines;
import static org.okrkit.cli.Cli.okr;
import static org.okrkit.cli.Cli.plan;

import org.junit.jupiter.api.Test;
import org.okrkit.cli.Cli.Result;

class ExplainCommandTest {
  private static final String BASIS =
      "Scored under plans/marketing.policy.yaml (found beside the plan), as of 2026-05-31 (the plan's"
          + " latest check-in; set --as-of to change).";

  @Test
  void explainsAnObjectiveDownToItsKeyResults() {
    Result r = okr("explain", plan("marketing"), "O-influence");
    assertEquals(
        lines(
            "O-influence \"Raise the company's market influence\": 0.567, YELLOW, AT_RISK",
            "  rule: weightedMean of its key results",
            "  formula: (0.7*1 + 0.6*1 + 0.4*1) / 3 = 0.567",
            "  inputs: owner marketing; kind ASPIRATIONAL; expected progress 0.67 (61 of 91 days of 2026-Q2, linear pace)",
            "    - KR-partners \"Add 20 partner companies within the quarter\": 0.7, GREEN, ON_TRACK (weight 1)",
            "        rule: linear(cap=1, rounded to tenths), the default for key results",
            "        formula: (13 - 0) / (20 - 0) = 0.65, rounded to tenths = 0.7",
            "        inputs: actual 13 on 2026-05-31; target 0 -> 20 new partner companies; measure INCREASE; progress 0.65; expected progress 0.67 (61 of 91 days of 2026-Q2, linear pace)",
            "    - KR-mentions \"Brand media mentions +30 %\": 0.6, YELLOW, ON_TRACK (weight 1)",
            "        rule: linear(cap=1, rounded to tenths), the default for key results",
            "        formula: (236 - 200) / (260 - 200) = 0.6, rounded to tenths = 0.6",
            "        inputs: actual 236 on 2026-05-31; target +30 % of 200 (260) brand media mentions; measure INCREASE; progress 0.6; expected progress 0.67 (61 of 91 days of 2026-Q2, linear pace)",
            "    - KR-forums \"Run at least 5 high-quality industry forums\": 0.4, YELLOW, OFF_TRACK (weight 1)",
            "        rule: linear(cap=1, rounded to tenths), the default for key results",
            "        formula: (2 - 0) / (5 - 0) = 0.4, rounded to tenths = 0.4",
            "        inputs: actual 2 on 2026-05-20; target 0 -> 5 industry forums held; measure INCREASE; progress 0.4; expected progress 0.67 (61 of 91 days of 2026-Q2, linear pace)",
            "",
            BASIS),
        r.out(),
        r::toString);
    assertEquals("", r.problems());
    assertEquals(Okr.OK, r.code());
  }

  @Test
  void aKpiAlsoSaysWhatIfItWereMetOrMissed() {
    Result r = okr("explain", plan("marketing"), "K-campaigns");
    assertEquals(
        lines(
            "K-campaigns \"Run 5 brand campaigns per month\": 0, RED, AT_RISK",
            "  rule: binary, the default for KPIs",
            "  formula: 4 >= 5? no -> 0",
            "  inputs: actual 4 on 2026-05-31; target 0 -> 5 brand campaigns per month; measure INCREASE; progress 0.8; expected in full in each MONTHLY report",
            "",
            "What if K-campaigns were met or missed:",
            "  O-influence: 0.567 now, 0.567 if met, 0.567 if missed; impact weight 0.333",
            "",
            BASIS),
        r.out(),
        r::toString);
    assertEquals(Okr.OK, r.code());
  }

  @Test
  void aKpiOfTheInternetCompanyMovesItsObjective() {
    // its policy takes 30 % of a key result's score from the KPIs that support it
    Result r = okr("explain", plan("internet-company"), "K-features");
    assertTrue(
        r.out()
            .startsWith(
                lines(
                    "K-features \"Ship 3 to 5 new user-activation features this quarter\": 0, RED, OFF_TRACK",
                    "  rule: range(tolerance=1), set for K-features",
                    "  formula: 1 - 1 short / tolerance 1 = 0")),
        r::toString);
    assertTrue(
        r.out()
            .contains(
                lines(
                    "What if K-features were met or missed:",
                    "  O-growth: 0.432 now, 0.638 if met, 0.432 if missed; impact weight 0.688")),
        r::toString);
    assertEquals(Okr.OK, r.code());
  }

  @Test
  void explainsAnOwner() {
    Result r = okr("explain", plan("marketing"), "marketing-manager");
    assertTrue(
        r.out()
            .startsWith(
                lines(
                    "marketing-manager \"Marketing manager\": 0, RED, AT_RISK",
                    "  rule: composite of the KPI score (weight 0.7) and the OKR score (weight 0.3)",
                    "  formula: the KPI score alone = 0")),
        r::toString);
    assertEquals(Okr.OK, r.code());
  }

  @Test
  void anUnknownIdIsBadInputWithASuggestion() {
    Result r = okr("explain", plan("marketing"), "KR-partner");
    assertEquals(Okr.BAD_INPUT, r.code());
    assertEquals("", r.out());
    assertEquals(
        lines(
            "okr explain: the plan plans/marketing.yaml has no objective, key result, KPI or owner"
                + " 'KR-partner'; did you mean 'KR-partners'?"),
        r.err());
  }

  @Test
  void anIdLikeNoneListsTheIdsOfASmallPlan() {
    Result r = okr("explain", plan("marketing"), "zzz");
    assertEquals(Okr.BAD_INPUT, r.code());
    assertEquals(
        lines(
            "okr explain: the plan plans/marketing.yaml has no objective, key result, KPI or owner"
                + " 'zzz'; expected one of acme, marketing, marketing-manager, O-influence, KR-partners,"
                + " KR-mentions, KR-forums, K-campaigns"),
        r.err());
  }

  @Test
  void theIdIsRequired() {
    Result r = okr("explain", plan("marketing"));
    assertEquals(Okr.BAD_INPUT, r.code());
    assertTrue(r.err().startsWith("okr explain: Missing required parameter: 'ID'\n"), r::toString);
  }
}
