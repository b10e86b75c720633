package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Plan;
import org.okrkit.core.diff.PlanDiff;

/** A key result's weight may be left out: files keep "no weight" apart from a weight of 1. */
class UnassignedWeightFilesTest {
  private static final String PLAN =
      "period: 2026-Q2\n"
          + "owners: [{id: a, name: A, level: TEAM}]\n"
          + "objectives:\n"
          + "  - id: O1\n"
          + "    title: Grow\n"
          + "    owner: a\n"
          + "    keyResults:\n"
          + "      - {id: KR1, title: Users, measure: {name: users, unit: COUNT, direction:"
          + " INCREASE}, target: {value: 10}, weight: 0.5}\n"
          + "      - {id: KR2, title: Calls, measure: {name: calls, unit: COUNT, direction:"
          + " INCREASE}, target: {value: 10}, weight: 1}\n"
          + "      - {id: KR3, title: Deals, measure: {name: deals, unit: COUNT, direction:"
          + " INCREASE}, target: {value: 10}}\n";

  @Test
  void anAbsentWeightStaysAbsentAndAWeightOfOneStaysGiven() {
    Plan plan = PlanFiles.read(PLAN, Format.YAML);
    KeyResult kr1 = plan.keyResult("KR1").orElseThrow();
    KeyResult kr2 = plan.keyResult("KR2").orElseThrow();
    KeyResult kr3 = plan.keyResult("KR3").orElseThrow();
    assertEquals(OptionalDouble.of(0.5), kr1.assignedWeight());
    assertEquals(OptionalDouble.of(1), kr2.assignedWeight());
    assertEquals(OptionalDouble.empty(), kr3.assignedWeight());
    assertEquals(1.0, kr3.weight());
    assertEquals(OptionalDouble.of(1), kr3.withWeight(1).assignedWeight());
    assertFalse(kr3.equals(kr3.withWeight(1)));
    assertEquals(kr3.withWeight(1), KeyResult.builder().from(kr3).weight(1).build());
    for (Format f : Format.values()) {
      String text = PlanFiles.write(plan, f);
      assertEquals(plan, PlanFiles.read(text, f), text);
      assertEquals(List.of(), PlanSchemaTest.check(text, f), text);
    }
    String yaml = PlanFiles.write(plan, Format.YAML);
    assertEquals(2, yaml.split("\n\\s*weight: ", -1).length - 1, yaml);
  }

  @Test
  void theDiffTellsNoWeightFromAWeightOfOne() {
    Plan plan = PlanFiles.read(PLAN, Format.YAML);
    Plan weighed =
        PlanFiles.read(PLAN.replace("{value: 10}}\n", "{value: 10}, weight: 1}\n"), Format.YAML);
    PlanDiff diff = PlanDiff.between(plan, weighed);
    assertEquals(
        List.of("key result KR3 weight: none => 1"),
        diff.weights().stream().map(Object::toString).collect(Collectors.toList()));
    assertTrue(
        PlanDiff.between(
                plan, PlanFiles.read(PLAN.replace("weight: 0.5", "weight: 2"), Format.YAML))
            .weights()
            .get(0)
            .toString()
            .equals("key result KR1 weight: 0.5 => 2"));
  }
}
