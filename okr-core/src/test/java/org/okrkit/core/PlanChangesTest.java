package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.testing.SeedPlans;

class PlanChangesTest {
  final Plan marketing = SeedPlans.marketing();

  @Test
  void replacingAnElementKeepsItsPlaceAndSharesTheRest() {
    KeyResult partners = marketing.keyResult("KR-partners").orElseThrow();
    Plan changed = marketing.withKeyResult(partners.withTarget(Target.increase(0, 25)));
    assertEquals(
        List.of("KR-partners", "KR-mentions", "KR-forums"),
        changed.keyResults().stream().map(KeyResult::id).collect(Collectors.toList()));
    assertEquals(
        25, changed.keyResult("KR-partners").orElseThrow().target().absoluteValue().getAsDouble());
    assertSameElements(marketing.owners(), changed.owners());
    assertSameElements(marketing.objectives(), changed.objectives());
    assertSameElements(marketing.keyResults().subList(1, 3), changed.keyResults().subList(1, 3));
    assertSameElements(marketing.kpis(), changed.kpis());
    assertEquals(marketing.checkIns(), changed.checkIns());
    assertEquals(
        20,
        marketing.keyResult("KR-partners").orElseThrow().target().absoluteValue().getAsDouble());
  }

  @Test
  void addingAnElementAppendsIt() {
    Plan changed = marketing.withOwner(Owner.of("events", "Events team", Level.TEAM, "marketing"));
    assertEquals("events", changed.owners().get(3).id());
    assertEquals(
        List.of("marketing-manager", "events"),
        changed.ownersBelow("marketing").stream().map(Owner::id).collect(Collectors.toList()));
  }

  @Test
  void anInvalidChangeThrowsAndLeavesThePlanAsItWas() {
    KeyResult orphan =
        marketing.keyResult("KR-forums").orElseThrow().withId("KR-x").withObjectiveId("O-none");
    PlanValidationException e =
        assertThrows(PlanValidationException.class, () -> marketing.withKeyResult(orphan));
    assertEquals(
        List.of(
            Problem.of(
                Location.part("keyResults", "KR-x", 3).then("objective"),
                "unknown objective 'O-none'")),
        e.problems());
    assertEquals(3, marketing.keyResults().size());
  }

  @Test
  void withCheckInAppendsAndChecksOnlyTheNewCheckIn() {
    CheckIn june = CheckIn.of("KR-partners", LocalDate.of(2026, 6, 15), 17);
    Plan changed = marketing.withCheckIn(june);
    assertEquals(marketing.checkIns().size() + 1, changed.checkIns().size());
    assertSame(june, changed.checkIns().get(changed.checkIns().size() - 1));
    assertSameElements(marketing.keyResults(), changed.keyResults());
    PlanValidationException e =
        assertThrows(
            PlanValidationException.class,
            () -> marketing.withCheckIn(CheckIn.of("KR-partners", LocalDate.of(2026, 7, 15), 17)));
    assertEquals(
        List.of(
            Problem.of(
                Location.item("checkIns", 7).then("date"),
                "date 2026-07-15 lies outside the plan period 2026-Q2 (2026-04-01 to 2026-06-30)")),
        e.problems());
  }

  @Test
  void withCheckInsAddsAllOrNone() {
    List<CheckIn> batch =
        List.of(
            CheckIn.of("KR-forums", LocalDate.of(2026, 6, 1), 3),
            CheckIn.of("KR-none", LocalDate.of(2026, 6, 1), 3));
    assertThrows(PlanValidationException.class, () -> marketing.withCheckIns(batch));
    Plan changed = marketing.withCheckIns(batch.subList(0, 1));
    assertEquals(3.0, changed.valueAsOf("KR-forums", LocalDate.of(2026, 6, 1)).getAsDouble());
  }

  @Test
  void appendingCheckInsOneByOneEqualsBuildingWithAll() {
    Plan oneByOne = stripCheckIns(marketing);
    for (CheckIn c : marketing.checkIns()) {
      oneByOne = oneByOne.withCheckIn(c);
    }
    assertEquals(marketing, oneByOne);
    assertEquals(marketing.hashCode(), oneByOne.hashCode());
    assertEquals(marketing.checkIns(), oneByOne.checkIns());
  }

  @Test
  void withoutRemovesAnElementAndItsCheckIns() {
    Plan changed = marketing.without("K-campaigns");
    assertTrue(changed.kpi("K-campaigns").isEmpty());
    assertTrue(changed.checkIns().stream().noneMatch(c -> c.elementId().equals("K-campaigns")));
    assertEquals(5, changed.checkIns().size());
    assertEquals(List.of(), changed.contributorsTo("KR-mentions"));
  }

  @Test
  void withoutRefusesToLeaveDanglingReferences() {
    PlanValidationException e =
        assertThrows(PlanValidationException.class, () -> marketing.without("O-influence"));
    assertEquals(
        List.of(
            "keyResults[KR-partners].objective: unknown objective 'O-influence'",
            "keyResults[KR-mentions].objective: unknown objective 'O-influence'",
            "keyResults[KR-forums].objective: unknown objective 'O-influence'"),
        e.problems().stream().map(Problem::toString).collect(Collectors.toList()));
    assertEquals(
        "unknown owner, objective, key result or KPI 'nothing'",
        assertThrows(UnknownIdException.class, () -> marketing.without("nothing")).getMessage());
  }

  @Test
  void equalityIgnoresElementOrderButNotContent() {
    Plan.Builder reversed = Plan.builder().period(marketing.period()).name("Marketing");
    List<Owner> owners = marketing.owners().reverse();
    reversed
        .addAllOwners(owners)
        .addAllObjectives(marketing.objectives())
        .addAllKeyResults(marketing.keyResults().reverse())
        .addAllKpis(marketing.kpis())
        .addAllCheckIns(marketing.checkIns());
    Plan other = reversed.build();
    assertEquals(marketing, other);
    // check-ins of different elements may interleave differently: only each element's order counts
    List<CheckIn> byElement = new java.util.ArrayList<>(marketing.checkIns());
    byElement.sort(java.util.Comparator.comparing(CheckIn::elementId));
    assertEquals(
        marketing,
        marketing.toBuilder().build().toBuilder()
            .from(stripCheckIns(marketing))
            .addAllCheckIns(byElement)
            .build());
    assertEquals(marketing.hashCode(), other.hashCode());
    assertNotEquals(
        marketing, other.withCheckIn(CheckIn.of("KR-forums", LocalDate.of(2026, 6, 2), 4)));
    assertEquals(marketing, marketing.toBuilder().build());
  }

  /** The same objects in the same order: a change shares what it did not touch. */
  private static void assertSameElements(List<?> expected, List<?> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertSame(expected.get(i), actual.get(i));
    }
  }

  private static Plan stripCheckIns(Plan plan) {
    return Plan.builder()
        .period(plan.period())
        .name(plan.name().orElseThrow())
        .addAllOwners(plan.owners())
        .addAllObjectives(plan.objectives())
        .addAllKeyResults(plan.keyResults())
        .addAllKpis(plan.kpis())
        .build();
  }
}
