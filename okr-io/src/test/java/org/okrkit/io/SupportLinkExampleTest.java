package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

/** The example plan with a support-only link, beside the seed plan it changes. */
class SupportLinkExampleTest {
  private static final Path PLANS =
      Path.of(System.getProperty("okrkit.plans", "../okr-examples/plans"));

  @Test
  void theSupportOnlyLinkIsAnalysedButNotScored() throws IOException {
    Plan plan = PlanFiles.read(PLANS.resolve("internet-company.support.yaml"));
    Plan seed = SeedPlans.internetCompany();
    assertTrue(plan.contributorsTo("KR-time").get(0).supportOnly());
    ScoringPolicy policy = PolicyFiles.read(PLANS.resolve("internet-company.policy.yaml"));
    Scorecard card = policy.score(plan, SeedPlans.AS_OF);
    Scorecard before = policy.score(seed, SeedPlans.AS_OF);
    // KR-time now scores on its own measure: as under a policy that takes nothing from KPIs
    Scorecard own = policy.withKeyResultKpiShare(0).score(seed, SeedPlans.AS_OF);
    assertEquals(own.score("KR-time"), card.score("KR-time"));
    assertNotEquals(before.score("KR-time"), card.score("KR-time"));
    // KR-mau still takes its share from K-features
    assertEquals(before.score("KR-mau"), card.score("KR-mau"));
    AlignmentReport report = AlignmentAnalyzer.defaults().analyze(plan);
    AlignmentReport seedReport = AlignmentAnalyzer.defaults().analyze(seed);
    assertEquals(seedReport.coverage().objectives(), report.coverage().objectives());
    assertEquals(1, report.coverage().supportOnlyLinks());
    assertEquals(seedReport.findings(), report.findings());
  }
}
