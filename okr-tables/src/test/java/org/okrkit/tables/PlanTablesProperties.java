package org.okrkit.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.Plan;
import org.okrkit.testing.PlanArbitraries;

/**
 * Plans as rows and back give equal plans: for random plans of every kind of target, hierarchies,
 * tags, check-ins, revisions of every kind, absent key-result weights and support-only links.
 */
class PlanTablesProperties {

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  @Provide
  Arbitrary<List<Plan>> planLists() {
    return PlanArbitraries.plans(15).list().ofMinSize(1).ofMaxSize(4);
  }

  private static List<Row> all(ImmutableMap<Table, ImmutableList<Row>> rows) {
    List<Row> out = new ArrayList<>();
    rows.values().forEach(out::addAll);
    return out;
  }

  @Property(tries = 300)
  void planToRowsToPlanIsEqual(@ForAll("plans") Plan plan) {
    PlanKey key = PlanKey.of("acme", "2026-Q2");
    AssembledPlans back = PlanTables.assemble(all(PlanTables.rows(key, plan)));
    assertEquals(List.of(), back.problems());
    assertEquals(ImmutableMap.of(key, plan), back.plans());
  }

  @Property(tries = 100)
  void rowsAsTextsGiveTheSamePlan(@ForAll("plans") Plan plan) {
    // a host that reads every value as text (a CSV file, a query of VARCHARs) gets the same plan
    PlanKey key = PlanKey.of("", "p");
    List<Row> texts = new ArrayList<>();
    for (Row r : all(PlanTables.rows(key, plan))) {
      Row.Builder b = Row.builder(r.table());
      for (Column c : r.table().columns()) {
        r.get(c.name()).ifPresent(v -> b.set(c.name(), Texts.of(v)));
      }
      texts.add(b.build());
    }
    assertEquals(plan, PlanTables.assemble(texts).onlyPlan());
  }

  @Property(tries = 50)
  void rowsOfSeveralPlansInAnyOrderGiveEachPlan(
      @ForAll("planLists") List<Plan> plans, @ForAll long seed) {
    ImmutableMap.Builder<PlanKey, Plan> keyed = ImmutableMap.builder();
    for (int i = 0; i < plans.size(); i++) {
      keyed.put(PlanKey.of("tenant-" + (i % 2), "plan-" + i), plans.get(i));
    }
    ImmutableMap<PlanKey, Plan> expected = keyed.buildOrThrow();
    List<Row> rows = all(PlanTables.rows(expected));
    // the rows of the tables whose order the tables say by numbers may come in any order
    List<Row> numbered = new ArrayList<>();
    List<Row> rest = new ArrayList<>();
    for (Row r : rows) {
      (r.table() == Table.CHECK_INS
                  || r.table() == Table.REVISIONS
                  || r.table() == Table.MILESTONES
                  || r.table() == Table.CONTRIBUTIONS
              ? numbered
              : rest)
          .add(r);
    }
    Collections.shuffle(numbered, new Random(seed));
    rest.addAll(numbered);
    AssembledPlans back = PlanTables.assemble(rest);
    assertTrue(back.isClean(), () -> back.problems().toString());
    assertEquals(expected, back.plans());
  }
}
