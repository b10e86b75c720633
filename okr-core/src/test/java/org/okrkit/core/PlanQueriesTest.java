package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.testing.SeedPlans;

class PlanQueriesTest {
  final Plan internet = SeedPlans.internetCompany();

  static List<String> ids(List<? extends Element> elements) {
    return elements.stream().map(Element::id).collect(Collectors.toList());
  }

  @Test
  void keyResultsOfAnObjective() {
    assertEquals(List.of("KR-mau", "KR-time"), ids(internet.keyResultsOf("O-growth")));
  }

  @Test
  void contributorsToAKeyResultWithTheirWeights() {
    List<Contributor> mau = internet.contributorsTo("KR-mau");
    assertEquals(
        List.of("K-features", "K-growth-campaigns"),
        mau.stream().map(c -> c.kpi().id()).collect(Collectors.toList()));
    assertEquals(
        List.of(0.6, 1.0), mau.stream().map(Contributor::weight).collect(Collectors.toList()));
    assertEquals(1, internet.contributorsTo("KR-time").size());
    assertEquals(0.4, internet.contributorsTo("KR-time").get(0).weight());
  }

  @Test
  void childrenOfAnObjectiveIncludeThoseUnderItsKeyResults() {
    Plan plan =
        internet
            .withObjective(
                Objective.of("O-web", "Grow the web funnel", "growth").withParentId("KR-mau"))
            .withObjective(Objective.of("O-app", "Grow the app", "growth").withParentId("O-growth"))
            .withObjective(Objective.of("O-other", "Unrelated", "operations"));
    assertEquals(List.of("O-web", "O-app"), ids(plan.childrenOf("O-growth")));
    assertEquals(List.of("O-web"), ids(plan.childrenOf("KR-mau")));
    assertEquals(List.of(), ids(plan.childrenOf("KR-time")));
    assertEquals(List.of(), ids(plan.childrenOf("O-web")));
  }

  @Test
  void elementsOfAnOwnerAndOfItsSubtree() {
    assertEquals(List.of("O-growth", "KR-mau", "KR-time"), ids(internet.elementsOf("growth")));
    assertEquals(List.of("K-features"), ids(internet.elementsOf("product-manager")));
    assertEquals(
        List.of("netco", "growth", "operations", "product-manager"),
        internet.subtreeOf("netco").stream().map(Owner::id).collect(Collectors.toList()));
    assertEquals(
        List.of("O-growth", "KR-mau", "KR-time", "K-growth-campaigns", "K-features"),
        ids(internet.elementsOfSubtree("netco")));
    assertEquals(
        List.of("growth", "operations"),
        internet.ownersBelow("netco").stream().map(Owner::id).collect(Collectors.toList()));
    assertEquals(List.of("K-features"), ids(internet.kpisOf("product-manager")));
    assertEquals(List.of("O-growth"), ids(internet.objectivesOf("growth")));
  }

  @Test
  void ownerOfAnElement() {
    assertEquals("growth", internet.ownerOf("KR-time").id());
    assertEquals("growth", internet.ownerOf("O-growth").id());
    assertEquals("operations", internet.ownerOf("K-growth-campaigns").id());
  }

  @Test
  void checkInsComeByDateAndSameDayOnesKeepTheirOrder() {
    Plan plan =
        SeedPlans.marketing()
            .withCheckIn(CheckIn.of("KR-partners", LocalDate.of(2026, 4, 15), 3))
            .withCheckIn(CheckIn.of("KR-partners", LocalDate.of(2026, 5, 31), 14));
    assertEquals(
        List.of(3.0, 6.0, 13.0, 14.0),
        plan.checkInsOf("KR-partners").stream().map(CheckIn::value).collect(Collectors.toList()));
    assertEquals(OptionalDouble.of(14), plan.valueAsOf("KR-partners", LocalDate.of(2026, 5, 31)));
    assertEquals(OptionalDouble.of(6), plan.valueAsOf("KR-partners", LocalDate.of(2026, 5, 30)));
    assertEquals(OptionalDouble.empty(), plan.valueAsOf("KR-partners", LocalDate.of(2026, 4, 14)));
    assertEquals(
        LocalDate.of(2026, 4, 15),
        plan.latestCheckIn("KR-partners", LocalDate.of(2026, 4, 29)).orElseThrow().date());
  }

  @Test
  void milestoneValueIsTheWeightedShareDone() {
    KeyResult roadshow =
        KeyResult.of(
            "KR-road",
            "O-funding",
            "Roadshow",
            Measure.milestones("roadshow"),
            Target.milestones(Milestone.of("deck"), Milestone.of("model", 3)));
    LocalDate may = LocalDate.of(2026, 5, 1);
    Plan plan =
        SeedPlans.startUp()
            .withKeyResult(roadshow)
            .withCheckIn(CheckIn.milestone("KR-road", may, "deck", true))
            .withCheckIn(CheckIn.milestone("KR-road", may.plusDays(5), "model", true))
            .withCheckIn(CheckIn.milestone("KR-road", may.plusDays(9), "deck", false));
    assertEquals(OptionalDouble.empty(), plan.valueAsOf("KR-road", may.minusDays(1)));
    assertEquals(OptionalDouble.of(0.25), plan.valueAsOf("KR-road", may));
    assertEquals(OptionalDouble.of(1.0), plan.valueAsOf("KR-road", may.plusDays(5)));
    assertEquals(OptionalDouble.of(0.75), plan.valueAsOf("KR-road", may.plusDays(9)));
    assertEquals(
        OptionalDouble.of(1.0), SeedPlans.startUp().valueAsOf("KR-roadshow", SeedPlans.AS_OF));
  }

  @Test
  void lookupsReturnOptionalsAndQueriesRejectUnknownIds() {
    assertTrue(internet.element("KR-mau").isPresent());
    assertTrue(internet.element("growth").isEmpty());
    assertTrue(internet.owner("growth").isPresent());
    assertTrue(internet.kpi("KR-mau").isEmpty());
    UnknownIdException e =
        assertThrows(UnknownIdException.class, () -> internet.keyResultsOf("KR-mau"));
    assertEquals("unknown objective 'KR-mau'", e.getMessage());
    assertEquals("KR-mau", e.id());
    assertEquals("objective", e.expected());
    assertEquals(
        "unknown key result 'nope'",
        assertThrows(UnknownIdException.class, () -> internet.contributorsTo("nope")).getMessage());
    assertEquals(
        "unknown key result or KPI 'O-growth'",
        assertThrows(UnknownIdException.class, () -> internet.checkInsOf("O-growth")).getMessage());
    assertEquals(
        "unknown owner 'KR-mau'",
        assertThrows(UnknownIdException.class, () -> internet.subtreeOf("KR-mau")).getMessage());
    assertEquals(
        "unknown objective or key result 'K-features'",
        assertThrows(UnknownIdException.class, () -> internet.childrenOf("K-features"))
            .getMessage());
  }

  @Test
  void toStringSummarises() {
    assertEquals(
        "Plan[2026-Q2 \"Internet company\": 4 owners, 1 objective, 2 key results, 2 KPIs, 6 check-ins]",
        internet.toString());
  }
}
