package org.okrkit.core;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.okrkit.core.testing.SeedPlans;

class ValueTypesTest {

  @Test
  void valueTypesCompareByContent() {
    new EqualsTester()
        .addEqualityGroup(Target.increase(0, 20), Target.increase(0, 20))
        .addEqualityGroup(Target.increase(0, 20).withStretch(25))
        .addEqualityGroup(Target.increaseByPercent(200, 30))
        .addEqualityGroup(
            Target.range(3, 5), Target.builder().kind(Target.Kind.RANGE).low(3).high(5).build())
        .addEqualityGroup(Target.milestone("deck"), Target.milestones(Milestone.of("deck", 1)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Period.quarter(2026, 2), Period.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)))
        .addEqualityGroup(Period.quarter(2026, 3))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Owner.of("a", "A", Level.TEAM),
            Owner.builder().id("a").name("A").level(Level.TEAM).build())
        .addEqualityGroup(Owner.of("a", "A", Level.TEAM, "b"))
        .addEqualityGroup(Owner.of("a", "A", Level.DEPARTMENT))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Contribution.to("KR1"), Contribution.to("KR1", 1.0))
        .addEqualityGroup(Contribution.to("KR1", 0.5))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Measure.increasing("x", Unit.COUNT), Measure.of("x", Unit.COUNT, Direction.INCREASE))
        .addEqualityGroup(Measure.decreasing("x", Unit.COUNT))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Location.part("kpis", "K1", 0).then("weight"),
            Location.part("kpis", "K1", 0).then("weight"))
        .addEqualityGroup(Location.part("kpis", "K1", 1).then("weight"))
        .addEqualityGroup(Location.part("kpis", "K 1", 0).then("weight"))
        .addEqualityGroup(Location.item("kpis", 0).then("weight"))
        .addEqualityGroup(Location.part("kpis", "K1", 0))
        .testEquals();
    Plan a = SeedPlans.marketing();
    new EqualsTester()
        .addEqualityGroup(a, SeedPlans.marketing(), a.toBuilder().build())
        .addEqualityGroup(SeedPlans.startUp())
        .addEqualityGroup(a.withKpi(a.kpis().get(0).withWeight(2)))
        .testEquals();
  }

  @Test
  void publicFactoriesAndQueriesRejectNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(LocalDate.class, LocalDate.of(2026, 5, 1))
            .setDefault(Period.class, Period.quarter(2026, 2))
            .setDefault(String.class, "KR-partners")
            .setDefault(Measure.class, Measure.increasing("m", Unit.COUNT))
            .setDefault(Target.class, Target.increase(0, 1))
            .setDefault(Milestone.class, Milestone.of("m"))
            .setDefault(Owner.class, Owner.of("o", "O", Level.TEAM))
            .setDefault(Objective.class, Objective.of("O", "O", "o"))
            .setDefault(Kpi.class, SeedPlans.marketing().kpis().get(0))
            .setDefault(KeyResult.class, SeedPlans.marketing().keyResults().get(0))
            .setDefault(CheckIn.class, SeedPlans.marketing().checkIns().get(0))
            .setDefault(Location.class, Location.field("period"));
    for (Class<?> type :
        new Class<?>[] {
          Period.class,
          Measure.class,
          Milestone.class,
          Target.class,
          Owner.class,
          Objective.class,
          KeyResult.class,
          Contribution.class,
          CheckIn.class,
          Problem.class,
          Contributor.class,
          Location.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(SeedPlans.marketing());
    tester.testAllPublicInstanceMethods(Plan.builder());
    tester.testAllPublicInstanceMethods(Target.increase(0, 1));
    tester.testAllPublicInstanceMethods(Location.part("kpis", "K1", 0));
  }
}
