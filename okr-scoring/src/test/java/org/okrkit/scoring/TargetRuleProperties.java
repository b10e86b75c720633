package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Plan;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;
import org.okrkit.testing.PlanArbitraries;

class TargetRuleProperties {

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  @Property
  void aRevisionNeverChangesAScoreTakenBeforeItsDateUnderTheInForceRule(
      @ForAll("plans") Plan plan, @ForAll long seed) {
    Random r = new Random(seed);
    KeyResult k = plan.keyResults().get(r.nextInt(plan.keyResults().size()));
    int length = (int) plan.period().lengthInDays();
    LocalDate date = plan.period().start().plusDays(1 + r.nextInt(length - 1));
    Revision revision =
        k.target().kind() == Target.Kind.RANGE
            ? Revision.target(
                k.id(),
                date,
                k.target().withHigh(k.target().high().getAsDouble() + 3),
                "wider",
                "m")
            : Revision.weight(k.id(), date, k.weight() * 3, "heavier", "m");
    Plan revised = plan.revise(revision);
    LocalDate asOf =
        plan.period()
            .start()
            .plusDays(
                r.nextInt(
                    (int) java.time.temporal.ChronoUnit.DAYS.between(plan.period().start(), date)));
    ScoringPolicy policy = ScoringPolicy.defaults();
    assertEquals(policy.score(plan, asOf).elements(), policy.score(revised, asOf).elements());
    assertEquals(policy.score(plan, asOf).owners(), policy.score(revised, asOf).owners());
  }
}
