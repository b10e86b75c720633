package org.okrkit.io.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Milestone;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;
import org.okrkit.testing.PlanArbitraries;

/**
 * Random valid plans with a history, for okr-io's properties: a plan of okr-core's {@code
 * RandomPlans} given revisions of every kind (targets, weights, a KPI's contributions, detaching
 * ones included), often several of one day on different elements in any order and sometimes one
 * recorded twice; and check-ins with authors, further reports of a day already reported,
 * corrections and duplicates (which the plan records once). The same plan and seed always give the
 * same result.
 *
 * <p>A revised target keeps the shape of the original: a milestone target gains milestones but
 * keeps those it had, so that every check-in stays valid whatever revision is in force on its day.
 */
public final class HistoryPlans {
  /** Reasons and authors, some of which YAML would take for something else if left unquoted. */
  private static final List<String> TEXTS =
      List.of(
          "a large partner network joined",
          "cmo",
          "yes",
          "null",
          "~",
          "a: b",
          "- x",
          "#c",
          "2026-05-01",
          "007",
          "Ünïcödé \uD83D\uDE00",
          "multi\nline",
          " padded ",
          "'quoted'",
          "\"double\"");

  private HistoryPlans() {}

  /** A plan generated with the check-ins it was given, duplicates included, in order of arrival. */
  public record Generated(Plan plan, List<CheckIn> checkInsGiven) {
    /** How many of the check-ins given the plan recorded once only, as duplicates. */
    public int duplicates() {
      return checkInsGiven.size() - plan.checkIns().size();
    }
  }

  /** Plans with a history, of up to about 40 elements. */
  public static Arbitrary<Generated> generated() {
    return Combinators.combine(PlanArbitraries.plans(), Arbitraries.longs())
        .as(HistoryPlans::withHistory);
  }

  /** Plans with a history, of up to about 40 elements. */
  public static Arbitrary<Plan> plans() {
    return generated().map(Generated::plan);
  }

  /** {@code base}, which has no revisions, with a random history drawn from {@code seed}. */
  public static Generated withHistory(Plan base, long seed) {
    Random r = new Random(seed);
    Period period = base.period();
    List<KeyResult> keyResults = base.original().keyResults();
    List<MeasuredElement> measured = new ArrayList<>(keyResults);
    measured.addAll(base.original().kpis());

    // a few days only, so that revisions often share one
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
      days.add(period.start().plusDays(r.nextInt((int) period.lengthInDays())));
    }
    List<Revision> revisions = new ArrayList<>();
    for (int i = 0, n = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(2 + measured.size()); i < n; i++) {
      MeasuredElement e = pick(r, measured);
      LocalDate day = pick(r, days);
      String reason = pick(r, TEXTS);
      String author = pick(r, TEXTS);
      Revision revision;
      switch (r.nextInt(e instanceof Kpi ? 3 : 2)) {
        case 0:
          revision = Revision.target(e.id(), day, target(r, e, day), reason, author);
          break;
        case 1:
          revision = Revision.weight(e.id(), day, 0.25 + r.nextInt(12) / 4.0, reason, author);
          break;
        default:
          revision =
              Revision.contributions(e.id(), day, contributions(r, keyResults), reason, author);
          break;
      }
      revisions.add(revision);
      if (r.nextInt(10) == 0) {
        revisions.add(revision);
      }
    }

    List<CheckIn> checkIns = new ArrayList<>();
    for (CheckIn c : base.checkIns()) {
      checkIns.add(r.nextInt(3) == 0 ? c.withAuthor(pick(r, TEXTS)) : c);
    }
    for (int i = 0, n = checkIns.isEmpty() ? 0 : r.nextInt(1 + checkIns.size()); i < n; i++) {
      // each refers to one recorded before it, so that a correction has something to correct
      CheckIn earlier = pick(r, checkIns);
      switch (r.nextInt(3)) {
        case 0:
          checkIns.add(earlier);
          break;
        case 1:
          checkIns.add(earlier.withValue(value(r, earlier)).withCorrection(true));
          break;
        default:
          checkIns.add(
              earlier.withValue(value(r, earlier)).withCorrection(false).withNote("again, " + i));
          break;
      }
    }

    Plan.Builder plan =
        Plan.builder()
            .period(period)
            .addAllOwners(base.owners())
            .addAllObjectives(base.objectives())
            .addAllKeyResults(keyResults)
            .addAllKpis(base.original().kpis())
            .addAllRevisions(revisions)
            .addAllCheckIns(checkIns);
    base.name().ifPresent(plan::name);
    return new Generated(plan.build(), List.copyOf(checkIns));
  }

  /** Another valid target of the original's shape for the element's measure. */
  private static Target target(Random r, MeasuredElement e, LocalDate day) {
    Target original = e.target();
    switch (original.kind()) {
      case MILESTONES:
        List<Milestone> milestones = new ArrayList<>();
        for (Milestone m : original.milestones()) {
          milestones.add(m.withWeight(1 + r.nextInt(3)));
        }
        if (r.nextBoolean()) {
          milestones.add(Milestone.builder().name("added").weight(2).due(day).build());
        }
        return Target.milestones(milestones.toArray(new Milestone[0]));
      case RANGE:
        double low = r.nextInt(50) - 10;
        return Target.range(low, low + r.nextInt(20));
      default:
        break;
    }
    switch (e.measure().direction()) {
      case DECREASE:
        if (r.nextBoolean()) {
          return Target.decreaseByPercent(1 + r.nextInt(1000), 2 + r.nextInt(60));
        }
        double baseline = 20 + r.nextInt(100);
        Target down = Target.decrease(baseline, baseline - 1 - r.nextInt(19));
        return r.nextBoolean() ? down : down.withStretch(down.value().getAsDouble() - 0.5);
      case RANGE:
        double from = r.nextInt(50);
        return Target.range(from, from + 0.5 + r.nextInt(20));
      default:
        if (r.nextBoolean()) {
          return Target.increaseByPercent(1 + r.nextInt(1000), 2 + r.nextInt(60));
        }
        double start = r.nextInt(100);
        double value = start + 1 + r.nextInt(100);
        Target up = r.nextInt(4) == 0 ? Target.of(value) : Target.increase(start, value);
        return r.nextBoolean() ? up : up.withThreshold(value - 0.5).withStretch(value + 0.125);
    }
  }

  /** Contributions to distinct key results, possibly none: a KPI detached. */
  private static List<Contribution> contributions(Random r, List<KeyResult> keyResults) {
    List<KeyResult> left = new ArrayList<>(keyResults);
    List<Contribution> result = new ArrayList<>();
    for (int i = 0, n = r.nextInt(3); i < n && !left.isEmpty(); i++) {
      KeyResult k = left.remove(r.nextInt(left.size()));
      result.add(
          r.nextBoolean() ? Contribution.to(k.id()) : Contribution.to(k.id(), 0.5 + r.nextInt(4)));
    }
    return result;
  }

  /** A new value for a report on the day of {@code earlier}: 0 or 1 for a milestone. */
  private static double value(Random r, CheckIn earlier) {
    return earlier.milestone().isPresent() ? r.nextInt(2) : Math.round(r.nextDouble() * 2000) / 8.0;
  }

  private static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}
