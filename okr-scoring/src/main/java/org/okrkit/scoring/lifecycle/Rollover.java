package org.okrkit.scoring.lifecycle;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.okrkit.core.Numbers.plain;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Contribution;
import org.okrkit.core.Direction;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanValidationException;
import org.okrkit.core.Target;
import org.okrkit.core.UnknownIdException;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.lifecycle.RolloverStep.Kind;
import org.okrkit.scoring.lifecycle.RolloverStep.Wording;

/**
 * Closes a period's plan and makes the next one: the seed's "OKRs are reset every quarter, and the
 * KPI set and its weights are re-tuned in step".
 *
 * <ol>
 *   <li>The closing plan is scored as of its last day under the policy: its OKRs' final scores are
 *       kept in {@link Result#closed()}.
 *   <li>Objectives are closed, except those {@linkplain Builder#keep kept} (with their key
 *       results); the new period's objectives and key results are added. An objective whose parent
 *       closed loses that tie.
 *   <li>Owners carry over; KPIs carry over except those {@linkplain Builder#retire retired}, with
 *       the definitions in force at the end of the period (revisions folded in). A KPI's ties to
 *       closed key results are dropped; {@link Builder#relink} gives a KPI new ones. New KPIs are
 *       added.
 *   <li>With {@link Builder#rebaseline} (the default), a KPI's last value becomes its new baseline:
 *       a relative target is recomputed from it ("-20 % of last quarter's complaints"); an absolute
 *       target keeps its value and takes the new baseline only when it still lies short of the
 *       target, otherwise the KPI is listed for review (a target already met should be raised); a
 *       range target keeps a baseline only when the last value lies outside it. Milestone targets
 *       and KPIs without a check-in are left as they are.
 *   <li>KPI weights are proposed from the new OKRs: a KPI's weight in its owner's scorecard is
 *       proportional to the sum of the shares of the key results it supports (a key result's share
 *       is its weight over its objective's key-result weights), scaled so that the owner's KPIs
 *       that support something keep their total weight. With {@link Builder#applyProposedWeights}
 *       they are applied; a weight given with {@link Builder#reweight} is applied whatever is
 *       proposed. KPIs that support nothing are listed as candidates for retirement.
 * </ol>
 *
 * <p>Check-ins and revisions stay with the closed plan. Every change is recorded as a {@link
 * RolloverStep}, and {@link org.okrkit.core.diff.PlanDiff#between} of the closing and the next plan
 * lists exactly those changes.
 */
public final class Rollover {
  private Rollover() {}

  /** Starts a rollover of {@code closing} into the next period. */
  public static Builder from(Plan closing) {
    return new Builder(requireNonNull(closing, "closing"));
  }

  /** Collects what the next period changes; {@link #apply()} makes it. Not thread-safe. */
  public static final class Builder {
    private final Plan closing;
    private ScoringPolicy policy = ScoringPolicy.defaults();
    private @Nullable Period next;
    private final Set<String> kept = new LinkedHashSet<>();
    private final List<Owner> owners = new ArrayList<>();
    private final List<Objective> objectives = new ArrayList<>();
    private final List<KeyResult> keyResults = new ArrayList<>();
    private final Set<String> retired = new LinkedHashSet<>();
    private final List<Kpi> kpis = new ArrayList<>();
    private final Map<String, List<Contribution>> relinks = new LinkedHashMap<>();
    private final Map<String, Double> weights = new LinkedHashMap<>();
    private boolean rebaseline = true;
    private boolean applyWeights;

    private Builder(Plan closing) {
      this.closing = closing;
    }

    /** The policy the closing plan's final scores are taken under; the defaults otherwise. */
    @CanIgnoreReturnValue
    public Builder policy(ScoringPolicy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /** The next plan's period; the closing period's {@link Period#next()} otherwise. */
    @CanIgnoreReturnValue
    public Builder period(Period period) {
      this.next = requireNonNull(period, "period");
      return this;
    }

    /** Objectives that carry on into the next period, with their key results. */
    @CanIgnoreReturnValue
    public Builder keep(String... objectiveIds) {
      for (String id : objectiveIds) {
        if (closing.objective(requireNonNull(id, "objectiveId")).isEmpty()) {
          throw new UnknownIdException(id, "objective");
        }
        kept.add(id);
      }
      return this;
    }

    /** New owners. */
    @CanIgnoreReturnValue
    public Builder addOwners(Owner... owners) {
      this.owners.addAll(Arrays.asList(owners));
      return this;
    }

    /** The new period's objectives. */
    @CanIgnoreReturnValue
    public Builder addObjectives(Objective... objectives) {
      this.objectives.addAll(Arrays.asList(objectives));
      return this;
    }

    /** The new period's key results. */
    @CanIgnoreReturnValue
    public Builder addKeyResults(KeyResult... keyResults) {
      this.keyResults.addAll(Arrays.asList(keyResults));
      return this;
    }

    /** KPIs that do not carry over. */
    @CanIgnoreReturnValue
    public Builder retire(String... kpiIds) {
      for (String id : kpiIds) {
        if (closing.kpi(requireNonNull(id, "kpiId")).isEmpty()) {
          throw new UnknownIdException(id, "KPI");
        }
        retired.add(id);
      }
      return this;
    }

    /** New KPIs, such as the one that replaces a retired KPI. */
    @CanIgnoreReturnValue
    public Builder addKpis(Kpi... kpis) {
      this.kpis.addAll(Arrays.asList(kpis));
      return this;
    }

    /** New contributions for a KPI that carries over, replacing its old ones. */
    @CanIgnoreReturnValue
    public Builder relink(String kpiId, Contribution... contributions) {
      if (closing.kpi(requireNonNull(kpiId, "kpiId")).isEmpty()) {
        throw new UnknownIdException(kpiId, "KPI");
      }
      relinks.put(kpiId, ImmutableList.copyOf(contributions));
      return this;
    }

    /**
     * A new weight in its owner's scorecard for a KPI that carries over, which the next plan gives
     * it whatever is proposed.
     *
     * @throws UnknownIdException if the closing plan has no such KPI
     * @throws IllegalArgumentException if the weight is not a finite number above 0
     */
    @CanIgnoreReturnValue
    public Builder reweight(String kpiId, double weight) {
      if (closing.kpi(requireNonNull(kpiId, "kpiId")).isEmpty()) {
        throw new UnknownIdException(kpiId, "KPI");
      }
      checkArgument(
          Double.isFinite(weight) && weight > 0,
          "the weight of KPI '%s' must be a finite number above 0, got %s",
          kpiId,
          plain(weight));
      weights.put(kpiId, weight);
      return this;
    }

    /** Whether KPIs take their last values as new baselines; true by default. */
    @CanIgnoreReturnValue
    public Builder rebaseline(boolean rebaseline) {
      this.rebaseline = rebaseline;
      return this;
    }

    /**
     * Whether the proposed weights are applied to the KPIs carried over; false by default. New KPIs
     * keep the weights they were given.
     */
    @CanIgnoreReturnValue
    public Builder applyProposedWeights(boolean apply) {
      this.applyWeights = apply;
      return this;
    }

    /**
     * Closes the period and makes the next plan.
     *
     * @throws PlanValidationException if the next plan would be invalid, listing every problem
     * @throws IllegalArgumentException if a retired KPI is also relinked or reweighted, or a new
     *     part reuses the id of one carried over
     */
    public Result apply() {
      return new Making(this).result();
    }
  }

  /** What a rollover made. */
  public static final class Result {
    private final Scorecard closed;
    private final Plan next;
    private final ImmutableMap<String, Double> proposedWeights;
    private final ImmutableList<String> retirementCandidates;
    private final ImmutableMap<String, String> targetsToReview;
    private final ImmutableMap<String, Wording> reviewWording;
    private final ImmutableList<RolloverStep> steps;

    Result(
        Scorecard closed,
        Plan next,
        Map<String, Double> proposedWeights,
        List<String> retirementCandidates,
        Map<String, String> targetsToReview,
        Map<String, Wording> reviewWording,
        List<RolloverStep> steps) {
      this.reviewWording = ImmutableMap.copyOf(reviewWording);
      this.closed = closed;
      this.next = next;
      this.proposedWeights = ImmutableMap.copyOf(proposedWeights);
      this.retirementCandidates = ImmutableList.copyOf(retirementCandidates);
      this.targetsToReview = ImmutableMap.copyOf(targetsToReview);
      this.steps = ImmutableList.copyOf(steps);
    }

    /** The closing plan scored as of its last day: the final scores of its OKRs, for the record. */
    public Scorecard closed() {
      return closed;
    }

    /** The next period's plan, without check-ins. */
    public Plan next() {
      return next;
    }

    /** The proposed weight of each KPI of the next plan that supports a key result, by id. */
    public ImmutableMap<String, Double> proposedWeights() {
      return proposedWeights;
    }

    /** The KPIs of the next plan that support no key result, in plan order. */
    public ImmutableList<String> retirementCandidates() {
      return retirementCandidates;
    }

    /** KPIs whose target needs a decision, with why: a target already met, say. */
    public ImmutableMap<String, String> targetsToReview() {
      return targetsToReview;
    }

    /** Every change the rollover made, in the order made. */
    public ImmutableList<RolloverStep> steps() {
      return steps;
    }

    /**
     * The steps, the proposals and the lists, as text, in English whatever the JVM's default
     * locale: the same as {@code render(Locale.ROOT)}.
     */
    public String render() {
      return render(Locale.ROOT);
    }

    /**
     * The text of {@link #render()} in the words of {@code locale}: headings, the kinds of step and
     * what each did from the {@code lifecycle} bundle's translation ({@code zh_CN}: {@code 拟定的 KPI
     * 权重：}), falling back key by key to English; ids, titles, numbers and targets read as written.
     * {@link Locale#ROOT} and {@link Locale#ENGLISH} read exactly as {@link #render()}. The JVM's
     * default locale is never consulted.
     *
     * @param locale the language to write in, not null
     */
    public String render(Locale locale) {
      Phrasebook words = LifecyclePhrases.of(requireNonNull(locale, "locale"));
      StringBuilder out =
          new StringBuilder(
                  words.fill(
                      "rollover.heading",
                      Arguments.of()
                          .text("from", closed.plan().period().toString())
                          .text("to", next.period().toString())))
              .append('\n');
      for (RolloverStep s : steps) {
        out.append("  ").append(s.render(words)).append('\n');
      }
      if (!proposedWeights.isEmpty()) {
        out.append(words.phrase("rollover.weights")).append('\n');
        proposedWeights.forEach(
            (id, w) ->
                out.append("  ")
                    .append(
                        words.fill(
                            "rollover.weight",
                            Arguments.of().text("id", id).text("weight", round(w))))
                    .append('\n'));
      }
      if (!retirementCandidates.isEmpty()) {
        out.append(
                words.fill("rollover.retirement", Arguments.of().list("ids", retirementCandidates)))
            .append('\n');
      }
      targetsToReview.forEach(
          (id, why) -> {
            Wording wording = reviewWording.get(id);
            out.append(
                    words.fill(
                        "rollover.review",
                        Arguments.of()
                            .text("id", id)
                            .text("why", wording == null ? why : wording.fill(words))))
                .append('\n');
          });
      return out.toString();
    }

    private static String round(double w) {
      return plain(Math.round(w * 10_000) / 10_000.0);
    }
  }

  /** One rollover being made. */
  private static final class Making {
    private final Builder in;
    private final Plan closing;
    private final LocalDate end;
    private final List<RolloverStep> steps = new ArrayList<>();
    private final Map<String, String> review = new LinkedHashMap<>();
    private final Map<String, Wording> reviewWording = new LinkedHashMap<>();

    Making(Builder in) {
      this.in = in;
      this.closing = in.closing;
      this.end = closing.period().end();
    }

    Result result() {
      for (String id : in.retired) {
        checkArgument(!in.relinks.containsKey(id), "KPI '%s' is both retired and relinked", id);
        checkArgument(!in.weights.containsKey(id), "KPI '%s' is both retired and reweighted", id);
      }
      Scorecard closed = in.policy.score(closing, end);
      Plan finalDefinitions = closing.asOf(end);
      Period period = in.next != null ? in.next : closing.period().next();
      steps.add(
          step(
              Kind.NEXT_PERIOD,
              "",
              "step.nextPeriod",
              "from",
              closing.period().toString(),
              "to",
              period.toString(),
              "checkIns",
              String.valueOf(closing.checkIns().size()),
              "revisions",
              String.valueOf(closing.revisions().size())));
      Plan.Builder next = Plan.builder().period(period);
      closing.name().ifPresent(next::name);

      next.addAllOwners(closing.owners());
      for (Owner o : in.owners) {
        steps.add(step(Kind.ADDED, o.id(), "step.owner", "name", o.name()));
      }
      next.addAllOwners(in.owners);

      // objectives and key results: kept ones carry on, the rest close, the new ones join
      Set<String> keptKeyResults = new LinkedHashSet<>();
      List<Objective> keptObjectives = new ArrayList<>();
      for (Objective o : finalDefinitions.objectives()) {
        if (in.kept.contains(o.id())) {
          keptObjectives.add(o);
          steps.add(step(Kind.KEPT, o.id(), "step.objective", "title", o.title()));
          for (KeyResult k : finalDefinitions.keyResultsOf(o.id())) {
            keptKeyResults.add(k.id());
          }
        } else {
          steps.add(closedStep(o.id(), "step.objectiveClosed", o.title(), closed.score(o.id())));
        }
      }
      for (KeyResult k : finalDefinitions.keyResults()) {
        if (!keptKeyResults.contains(k.id())) {
          steps.add(closedStep(k.id(), "step.keyResultClosed", k.title(), closed.score(k.id())));
        }
      }
      Set<String> newKeyResults = new LinkedHashSet<>(keptKeyResults);
      for (KeyResult k : in.keyResults) {
        newKeyResults.add(k.id());
      }
      Set<String> newObjectives = new LinkedHashSet<>(in.kept);
      for (Objective o : in.objectives) {
        newObjectives.add(o.id());
      }
      for (Objective o : keptObjectives) {
        if (o.parentId().isPresent()
            && !newObjectives.contains(o.parentId().get())
            && !newKeyResults.contains(o.parentId().get())) {
          steps.add(
              step(Kind.LINK_DROPPED, o.id(), "step.parentClosed", "parent", o.parentId().get()));
          // a support-only mark goes with the link it marked
          o =
              Objective.builder()
                  .from(o)
                  .parentId(java.util.Optional.empty())
                  .parentSupportOnly(false)
                  .build();
        }
        if (o.period().isPresent()) {
          steps.add(
              step(
                  Kind.PERIOD_DROPPED,
                  o.id(),
                  "step.periodDropped",
                  "period",
                  o.period().get().toString()));
          o = o.withPeriod(java.util.Optional.empty());
        }
        next.addObjectives(o);
      }
      for (Objective o : in.objectives) {
        steps.add(step(Kind.ADDED, o.id(), "step.objective", "title", o.title()));
      }
      next.addAllObjectives(in.objectives);
      for (KeyResult k : finalDefinitions.keyResults()) {
        if (keptKeyResults.contains(k.id())) {
          next.addKeyResults(k);
        }
      }
      for (KeyResult k : in.keyResults) {
        steps.add(step(Kind.ADDED, k.id(), "step.keyResult", "title", k.title()));
      }
      next.addAllKeyResults(in.keyResults);

      // KPIs carry over, re-tuned; retired ones stay behind
      List<Kpi> carried = new ArrayList<>();
      for (Kpi k : finalDefinitions.kpis()) {
        if (in.retired.contains(k.id())) {
          steps.add(step(Kind.RETIRED, k.id(), "step.kpi", "title", k.title()));
          continue;
        }
        carried.add(carry(k, newKeyResults));
      }
      for (Kpi k : in.kpis) {
        steps.add(step(Kind.ADDED, k.id(), "step.kpi", "title", k.title()));
      }
      Plan draft = next.addAllKpis(carried).addAllKpis(in.kpis).build();

      Map<String, Double> proposed = proposeWeights(draft);
      List<String> candidates = new ArrayList<>();
      for (Kpi k : draft.kpis()) {
        if (k.contributions().isEmpty()) {
          candidates.add(k.id());
        }
      }
      Plan plan = draft;
      if (in.applyWeights) {
        for (Map.Entry<String, Double> e : proposed.entrySet()) {
          Kpi k = draft.kpi(e.getKey()).orElseThrow();
          if (k.weight() != e.getValue()
              && !in.weights.containsKey(k.id())
              && carried.stream().anyMatch(c -> c.id().equals(k.id()))) {
            steps.add(
                step(
                    Kind.REWEIGHTED,
                    k.id(),
                    "step.reweighted",
                    "before",
                    plain(k.weight()),
                    "after",
                    Result.round(e.getValue())));
            plan = plan.withKpi(k.withWeight(e.getValue()));
          }
        }
      }
      for (Map.Entry<String, Double> e : in.weights.entrySet()) {
        Kpi k = plan.kpi(e.getKey()).orElseThrow();
        if (k.weight() != e.getValue()) {
          steps.add(
              step(
                  Kind.REWEIGHTED,
                  k.id(),
                  "step.reweightedAsGiven",
                  "before",
                  plain(k.weight()),
                  "after",
                  plain(e.getValue())));
          plan = plan.withKpi(k.withWeight(e.getValue()));
        }
      }
      return new Result(closed, plan, proposed, candidates, review, reviewWording, steps);
    }

    /** A KPI as it carries over: ties to closed key results dropped or relinked, rebaselined. */
    private Kpi carry(Kpi k, Set<String> keyResults) {
      List<Contribution> kept = new ArrayList<>();
      List<Contribution> wanted = in.relinks.get(k.id());
      if (wanted == null) {
        for (Contribution c : k.contributions()) {
          if (keyResults.contains(c.keyResultId())) {
            kept.add(c);
          } else {
            steps.add(
                step(
                    Kind.LINK_DROPPED, k.id(), "step.supportClosed", "keyResult", c.keyResultId()));
          }
        }
      } else {
        Map<String, Double> old = new LinkedHashMap<>();
        for (Contribution c : k.contributions()) {
          old.put(c.keyResultId(), c.weight());
        }
        Map<String, Double> now = new LinkedHashMap<>();
        for (Contribution c : wanted) {
          now.put(c.keyResultId(), c.weight());
        }
        for (Map.Entry<String, Double> e : old.entrySet()) {
          Double w = now.get(e.getKey());
          if (w == null) {
            steps.add(step(Kind.LINK_DROPPED, k.id(), "step.relinked", "keyResult", e.getKey()));
          } else if (!w.equals(e.getValue())) {
            steps.add(
                step(
                    Kind.LINK_REWEIGHTED,
                    k.id(),
                    "step.contributionReweighted",
                    "keyResult",
                    e.getKey(),
                    "before",
                    plain(e.getValue()),
                    "after",
                    plain(w)));
          }
        }
        for (Map.Entry<String, Double> e : now.entrySet()) {
          if (!old.containsKey(e.getKey())) {
            steps.add(
                step(
                    Kind.LINK_ADDED,
                    k.id(),
                    "step.linkAdded",
                    "keyResult",
                    e.getKey(),
                    "weight",
                    plain(e.getValue())));
          }
        }
        kept.addAll(wanted);
      }
      Kpi carried = k.withContributions(kept);
      if (carried.period().isPresent()) {
        steps.add(
            step(
                Kind.PERIOD_DROPPED,
                k.id(),
                "step.periodDropped",
                "period",
                carried.period().get().toString()));
        carried = carried.withPeriod(java.util.Optional.empty());
      }
      if (in.rebaseline) {
        carried = rebaselined(carried);
      }
      return carried;
    }

    private Kpi rebaselined(Kpi k) {
      OptionalDouble last = closing.valueAsOf(k.id(), end);
      Target t = k.target();
      if (last.isEmpty() || t.kind() == Target.Kind.MILESTONES) {
        return k;
      }
      double v = last.getAsDouble();
      Target changed = null;
      switch (t.kind()) {
        case RELATIVE -> {
          if (v > 0) {
            changed = t.withBaseline(v);
          } else {
            review(k.id(), "review.relative", "value", plain(v));
          }
        }
        case RANGE -> {
          boolean outside = v < t.low().getAsDouble() || v > t.high().getAsDouble();
          changed = outside ? t.withBaseline(v) : t.withBaseline(OptionalDouble.empty());
        }
        default -> {
          double value = t.absoluteValue().getAsDouble();
          boolean short_ = k.measure().direction() == Direction.DECREASE ? v > value : v < value;
          if (short_) {
            changed = t.withBaseline(v);
          } else {
            review(k.id(), "review.met", "value", plain(v), "target", plain(value));
          }
        }
      }
      if (changed == null
          || changed.equals(t)
          || !changed.problems(k.measure().direction()).isEmpty()) {
        return k;
      }
      steps.add(
          RolloverStep.worded(
              Kind.REBASELINED,
              k.id(),
              new Wording(
                  "step.rebaselined",
                  ImmutableMap.of(),
                  ImmutableMap.of("before", t, "after", changed))));
      return k.withTarget(changed);
    }

    /** Proposed weights: by the shares of the key results each KPI supports, per owner. */
    private static Map<String, Double> proposeWeights(Plan plan) {
      Map<String, Double> share = new LinkedHashMap<>();
      for (Objective o : plan.objectives()) {
        List<KeyResult> krs = plan.keyResultsOf(o.id());
        double total = krs.stream().mapToDouble(KeyResult::weight).sum();
        for (KeyResult k : krs) {
          share.put(k.id(), k.weight() / total);
        }
      }
      Map<String, Double> proposed = new LinkedHashMap<>();
      for (Owner owner : plan.owners()) {
        Map<String, Double> raw = new LinkedHashMap<>();
        double rawTotal = 0;
        double weightTotal = 0;
        for (Kpi k : plan.kpisOf(owner.id())) {
          if (k.contributions().isEmpty()) {
            continue;
          }
          double r = 0;
          for (Contribution c : k.contributions()) {
            r += requireNonNull(share.get(c.keyResultId()), c.keyResultId());
          }
          raw.put(k.id(), r);
          rawTotal += r;
          weightTotal += k.weight();
        }
        for (Map.Entry<String, Double> e : raw.entrySet()) {
          proposed.put(e.getKey(), e.getValue() / rawTotal * weightTotal);
        }
      }
      // plan order, not owner order
      Map<String, Double> ordered = new LinkedHashMap<>();
      for (Kpi k : plan.kpis()) {
        if (proposed.containsKey(k.id())) {
          ordered.put(k.id(), proposed.get(k.id()));
        }
      }
      return ordered;
    }

    /** A step worded by the {@code lifecycle} phrase {@code key}, filled with name-text pairs. */
    private static RolloverStep step(Kind kind, String id, String key, String... namesAndTexts) {
      return RolloverStep.worded(kind, id, new Wording(key, pairs(namesAndTexts)));
    }

    /** An objective or key result closed, with its final score or without one. */
    private static RolloverStep closedStep(
        String id, String key, String title, OptionalDouble score) {
      return score.isPresent()
          ? step(Kind.CLOSED, id, key, "title", title, "score", Result.round(score.getAsDouble()))
          : step(Kind.CLOSED, id, key + ".unscored", "title", title);
    }

    /** Lists a KPI's target for review, why worded by the phrase {@code key}. */
    private void review(String id, String key, String... namesAndTexts) {
      Wording why = new Wording(key, pairs(namesAndTexts));
      review.put(id, why.fill(LifecyclePhrases.of(Locale.ROOT)));
      reviewWording.put(id, why);
    }

    private static ImmutableMap<String, String> pairs(String... namesAndTexts) {
      ImmutableMap.Builder<String, String> texts = ImmutableMap.builder();
      for (int i = 0; i < namesAndTexts.length; i += 2) {
        texts.put(namesAndTexts[i], namesAndTexts[i + 1]);
      }
      return texts.buildOrThrow();
    }
  }
}
