package org.okrkit.scoring;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.okrkit.core.Kpi;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Objective;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.ProblemException;
import org.okrkit.core.Target;

/**
 * Where a policy's paces meet a plan: the pace of each element, {@linkplain Pace#resolve resolved}
 * for its period and target, and the check that every pace fits (element paces name elements of the
 * plan; dates lie in the periods they judge).
 */
final class PaceFit {
  private PaceFit() {}

  /** The pace judging {@code id}, resolved for {@code period} and {@code target}. */
  static Pace resolve(ScoringPolicy policy, String id, Period period, Optional<Target> target) {
    return policy.paceFor(id).resolve(period, target);
  }

  /** The period of objective {@code o}: its own, else the plan's. */
  static Period period(Plan plan, Objective o) {
    return o.period().orElse(plan.period());
  }

  /**
   * Adds the ids of element paces the plan lacks, and every pace that does not fit, to the lists.
   */
  static void check(
      ScoringPolicy policy, Plan plan, List<String> unknownIds, List<ProblemException> problems) {
    for (Map.Entry<String, Pace> e : policy.elementPaces().entrySet()) {
      String id = e.getKey();
      Optional<Period> period = Optional.empty();
      Optional<Target> target = Optional.empty();
      Optional<Objective> objective = plan.objective(id);
      if (objective.isPresent()) {
        period = Optional.of(period(plan, objective.get()));
      } else if (plan.keyResult(id).isPresent()) {
        MeasuredElement kr = plan.keyResult(id).get();
        period = plan.objective(plan.keyResult(id).get().objectiveId()).map(o -> period(plan, o));
        target = Optional.of(kr.target());
      } else if (plan.kpi(id).isPresent()) {
        Kpi kpi = plan.kpi(id).get();
        period = Optional.of(kpi.period().orElse(plan.period()));
        target = Optional.of(kpi.target());
      }
      if (period.isEmpty()) {
        unknownIds.add(id);
        problems.add(PolicyProblems.problem("fit.unknownPaceId", Map.of("id", id)));
        continue;
      }
      try {
        var unused = e.getValue().resolve(period.get(), target);
      } catch (IllegalArgumentException ex) {
        problems.add(
            PolicyProblems.problem(
                "fit.elementPace", Map.of("id", id, "why", PolicyProblems.detail(ex))));
      }
    }
    Pace pace = policy.pace();
    if (pace instanceof Pace.Linear
        || pace instanceof Pace.Curve
        || pace instanceof Pace.FrontLoaded
        || pace instanceof Pace.BackLoaded
        || pace instanceof Pace.Milestones) {
      return;
    }
    // a pace by dates, or a host's, may not fit some period: try each period it may judge once
    Set<Period> periods = new LinkedHashSet<>();
    for (Objective o : plan.objectives()) {
      if (!policy.elementPaces().containsKey(o.id())) {
        periods.add(period(plan, o));
      }
    }
    for (Kpi k : plan.kpis()) {
      if (!policy.elementPaces().containsKey(k.id())) {
        periods.add(k.period().orElse(plan.period()));
      }
    }
    for (Period p : periods) {
      try {
        var unused = pace.resolve(p, Optional.empty());
      } catch (IllegalArgumentException ex) {
        problems.add(PolicyProblems.problem("fit.pace", Map.of("why", PolicyProblems.detail(ex))));
      }
    }
  }
}
