package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.diff.PlanDiff;
import org.okrkit.core.testing.SeedPlans;

/** Support-only links: in the model, the structure's counted views and the diff. */
class SupportLinksTest {

  /** The internet company with K-features' link to KR-time support-only. */
  static Plan withSupportLink() {
    Plan plan = SeedPlans.internetCompany();
    Kpi features = plan.kpi("K-features").orElseThrow();
    return plan.withKpi(
        Kpi.builder()
            .from(features)
            .contributions(
                List.of(Contribution.to("KR-mau", 0.6), Contribution.support("KR-time", 0.4)))
            .build());
  }

  @Test
  void aContributionCountsUnlessMarkedSupportOnly() {
    assertFalse(Contribution.to("KR").supportOnly());
    Contribution support = Contribution.support("KR", 0.5);
    assertTrue(support.supportOnly());
    assertEquals(0.5, support.weight());
    assertEquals(Contribution.support("KR", 1), Contribution.support("KR"));
    assertFalse(Contribution.to("KR").equals(Contribution.support("KR")));
  }

  @Test
  void anObjectiveMarksItsParentLinkSupportOnlyOnlyWithAParent() {
    Objective child =
        Objective.builder()
            .id("O2")
            .title("t")
            .ownerId("a")
            .parentId("O1")
            .parentSupportOnly(true)
            .build();
    assertTrue(child.parentSupportOnly());
    assertFalse(Objective.of("O1", "t", "a").parentSupportOnly());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Objective.builder()
                    .id("O3")
                    .title("t")
                    .ownerId("a")
                    .parentSupportOnly(true)
                    .build());
    assertEquals(
        "objective 'O3' has parentSupportOnly set but no parent; expected a parent whose link it"
            + " marks",
        e.getMessage());
  }

  @Test
  void theStructureListsEveryLinkAndCountsTheOthers() {
    Plan plan = withSupportLink();
    PlanStructure s = plan.structure();
    int time = s.indexOfKeyResult("KR-time");
    int mau = s.indexOfKeyResult("KR-mau");
    int features = s.indexOfKpi("K-features");
    assertEquals(List.of(features), s.contributorsTo(time).asList());
    assertTrue(s.contributionSupportOnly(time, 0));
    assertEquals(List.of(), s.countedContributorsTo(time).asList());
    assertEquals(List.of(), s.countedContributorWeights(time).asList());
    assertEquals(s.contributorsTo(mau), s.countedContributorsTo(mau));
    assertTrue(plan.contributorsTo("KR-time").get(0).supportOnly());
    assertFalse(plan.contributorsTo("KR-mau").get(0).supportOnly());
    assertThrows(IndexOutOfBoundsException.class, () -> s.contributionSupportOnly(time, 1));
    // a plan without support-only links shares its arrays
    PlanStructure seed = SeedPlans.internetCompany().structure();
    assertEquals(
        seed.contributorsTo(seed.indexOfKeyResult("KR-time")),
        seed.countedContributorsTo(seed.indexOfKeyResult("KR-time")));
  }

  @Test
  void theDiffSaysWhenALinkTurnsSupportOnly() {
    PlanDiff diff = PlanDiff.between(SeedPlans.internetCompany(), withSupportLink());
    assertEquals(
        List.of("KPI K-features link to KR-time: counted => support-only"),
        diff.changed().stream().map(Object::toString).collect(Collectors.toList()));
    assertTrue(diff.weights().isEmpty());
    assertTrue(diff.linksAdded().isEmpty());
    assertTrue(diff.linksDropped().isEmpty());
  }
}
