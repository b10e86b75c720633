package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hierarchies deeper than any call stack: validation and queries work iteratively. */
class DeepHierarchyTest {
  static final int DEPTH = 100_000;

  @Test
  void aHundredThousandDeepOwnerChainValidatesAndAnswersQueries() {
    Plan.Builder b = Plan.builder().period(Period.quarter(2026, 2));
    b.addOwners(Owner.of("u0", "Unit 0", Level.TEAM));
    for (int i = 1; i < DEPTH; i++) {
      b.addOwners(Owner.of("u" + i, "Unit " + i, Level.TEAM, "u" + (i - 1)));
    }
    Plan plan = b.build();
    assertEquals(DEPTH, plan.subtreeOf("u0").size());
  }

  @Test
  void aHundredThousandLongOwnerCycleIsFoundAndDescribedBriefly() {
    Plan.Builder b = Plan.builder().period(Period.quarter(2026, 2));
    b.addOwners(Owner.of("u0", "Unit 0", Level.TEAM, "u" + (DEPTH - 1)));
    for (int i = 1; i < DEPTH; i++) {
      b.addOwners(Owner.of("u" + i, "Unit " + i, Level.TEAM, "u" + (i - 1)));
    }
    assertEquals(
        List.of(
            Problem.of(
                Location.part("owners", "u0", 0).then("parent"),
                "the owner hierarchy has a cycle: u0 -> u99999 -> u99998 -> u99997 -> ... -> u2 ->"
                    + " u1 -> u0 (100000 steps)")),
        b.problems());
  }

  @Test
  void aHundredThousandDeepObjectiveChainValidates() {
    Plan.Builder b =
        Plan.builder()
            .period(Period.quarter(2026, 2))
            .addOwners(Owner.of("co", "Co", Level.COMPANY));
    b.addObjectives(Objective.of("o0", "Objective 0", "co"));
    for (int i = 1; i < DEPTH; i++) {
      b.addObjectives(Objective.of("o" + i, "Objective " + i, "co").withParentId("o" + (i - 1)));
    }
    Plan plan = b.build();
    assertEquals(List.of("o1"), plan.childrenOf("o0").stream().map(Objective::id).toList());
    PlanValidationException e =
        assertThrows(
            PlanValidationException.class,
            () ->
                plan.withObjective(
                    plan.objective("o0").orElseThrow().withParentId("o" + (DEPTH - 1))));
    assertEquals(1, e.problems().size());
    assertEquals("objectives[o0].parent", e.problems().get(0).path());
  }
}
