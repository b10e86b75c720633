package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.okrkit.core.Numbers;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.testing.RandomPolicies;
import org.okrkit.testing.ScoringArbitraries;

/** Laws of explanations as data and of their rendering, over the seed plans and random policies. */
class ExplanationProperties {
  static final List<Plan> PLANS = RendererTest.seedPlans();

  /** Every element and owner of a seed plan explained under a random policy at a random date. */
  static List<Explanation> explain(Scorecard card) {
    List<String> ids = new ArrayList<>();
    card.plan().objectives().forEach(o -> ids.add(o.id()));
    RendererTest.measured(card.plan()).forEach(e -> ids.add(e.id()));
    card.plan().owners().forEach(o -> ids.add(o.id()));
    List<Explanation> all = new ArrayList<>();
    ids.forEach(id -> all.add(card.explain(id)));
    return all;
  }

  static Scorecard card(int plan, long seed, int day) {
    Plan p = PLANS.get(plan);
    ScoringPolicy policy = RandomPolicies.generate(new Random(seed), p);
    if (seed % 2 == 0) {
      // now and then a status rule, tolerance and pace of their own, shown among the inputs
      policy = RandomPolicies.withStatus(new Random(seed), policy);
    }
    return policy.score(p, SeedPlans.QUARTER.start().plusDays(day));
  }

  @Property(tries = 60)
  void renderingIsDeterministic(
      @ForAll @IntRange(min = 0, max = 4) int plan,
      @ForAll long seed,
      @ForAll @IntRange(min = -5, max = 100) int day) {
    Scorecard card = card(plan, seed, day);
    List<Explanation> once = explain(card);
    List<Explanation> again = explain(card.policy().score(card.plan(), card.asOf()));
    assertEquals(once, again, "the same data from the same plan, policy and date");
    for (int i = 0; i < once.size(); i++) {
      assertEquals(once.get(i).render(), again.get(i).render());
      assertEquals(once.get(i).render(), once.get(i).render());
    }
  }

  @Property(tries = 60)
  void everyFormulaThatStatesAResultStatesTheScore(
      @ForAll @IntRange(min = 0, max = 4) int plan,
      @ForAll long seed,
      @ForAll @IntRange(min = -5, max = 100) int day) {
    Scorecard card = card(plan, seed, day);
    LocalDate asOf = card.asOf();
    for (Explanation root : explain(card)) {
      Deque<Explanation> nodes = new ArrayDeque<>(List.of(root));
      while (!nodes.isEmpty()) {
        Explanation e = nodes.pop();
        assertEquals(asOf, e.asOf());
        if (e.formula().result().isPresent()) {
          assertTrue(e.score().isPresent(), () -> e.id() + " states a result but is unscored");
          assertEquals(e.score().getAsDouble(), e.formula().result().getAsDouble(), 1e-12, e::id);
        } else if (e.score().isPresent()) {
          // only a missing value that scores 0 has a score without a formula that reaches it
          assertEquals(Formula.Kind.NO_CHECK_IN_SCORES_ZERO, e.formula().kind(), e::id);
          assertEquals(0.0, e.score().getAsDouble(), e::id);
        }
        nodes.addAll(e.children());
      }
    }
  }

  @Provide
  Arbitrary<ScoringArbitraries.Case> cases() {
    return ScoringArbitraries.cases();
  }

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?(E-?\\d+)?");

  @Property
  void aTargetReadsAsDescribeWritesItWithReadableNumbers(
      @ForAll("cases") ScoringArbitraries.Case c) {
    String text = c.target.describe();
    assertEquals(text, Renderer.english().target(c.target));
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      // every figure is already as Numbers.readable writes it: no binary-fraction noise
      assertEquals(Numbers.readable(Double.parseDouble(m.group())), m.group(), text);
    }
  }
}
