package org.okrkit.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckIn;
import org.okrkit.core.ElementKind;
import org.okrkit.core.Kpi;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;
import org.okrkit.core.UnknownIdException;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.DisplayWidth;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.scoring.internal.Display;

/**
 * The scores of a {@link Plan} under a {@link ScoringPolicy} as of a date: the score, band and
 * status of every objective, key result and KPI, every owner's scorecard, forecasts, and an {@link
 * #explain explanation} of each. Made by {@link ScoringPolicy#score}; immutable and safe to share
 * between threads. Iteration follows the plan: objectives, key results, then KPIs, each in plan
 * order; owners in plan order.
 *
 * <p>Results are held as arrays and turned into {@link ElementScore}s and {@link OwnerScore}s when
 * asked for. {@link #withCheckIn} re-scores after one new check-in by recomputing only the element
 * and what depends on it.
 */
public final class Scorecard {
  private final Engine engine;
  private final Supplier<ImmutableList<ElementScore>> elements;
  private final Supplier<ImmutableList<OwnerScore>> owners;
  private final Supplier<Confidence> confidence;

  Scorecard(Engine engine) {
    this.engine = engine;
    this.confidence = Suppliers.memoize(() -> new Confidence(engine));
    this.elements = Suppliers.memoize(this::allElements);
    this.owners = Suppliers.memoize(this::allOwners);
  }

  /** The plan scored, as given: with its whole history. */
  public Plan plan() {
    return engine.source;
  }

  /** The policy applied. */
  public ScoringPolicy policy() {
    return engine.policy;
  }

  /** The date the scores are taken at, as of its end. */
  public LocalDate asOf() {
    return engine.asOf;
  }

  /**
   * The scorecard of this plan with {@code checkIn} added: the same as scoring {@code
   * plan().withCheckIn(checkIn)} anew, but only the element, the objectives it rolls into and their
   * owners are recomputed; everything else is shared with this scorecard.
   *
   * @throws org.okrkit.core.PlanValidationException if the check-in is invalid for the plan
   */
  public Scorecard withCheckIn(CheckIn checkIn) {
    Engine next = engine.withCheckIn(requireNonNull(checkIn, "checkIn"));
    return next == engine ? this : new Scorecard(next);
  }

  /** Every element's result: objectives, key results, then KPIs, each in plan order. */
  public ImmutableList<ElementScore> elements() {
    return elements.get();
  }

  /** Every owner's scorecard, in plan order. */
  public ImmutableList<OwnerScore> owners() {
    return owners.get();
  }

  /**
   * The result of the objective, key result or KPI {@code id}; empty when the plan has no such
   * element. A lookup, like {@link org.okrkit.core.Plan#element(String)}: lookups named after what
   * they find return an {@code Optional}, while queries about an id ({@link #score}, {@link
   * #explain}, {@link #withKpiScore}) throw {@link UnknownIdException} for an unknown one.
   */
  public Optional<ElementScore> element(String id) {
    Integer code = code(requireNonNull(id, "id"));
    if (code == null || kind(code) == OWNER) {
      return Optional.empty();
    }
    return Optional.of(
        kind(code) == OBJECTIVE ? objectiveResult(pos(code)) : measuredResult(pos(code)));
  }

  /**
   * The scorecard of owner {@code id}; empty when the plan has no such owner (a lookup, like {@link
   * #element}).
   */
  public Optional<OwnerScore> owner(String id) {
    Integer code = code(requireNonNull(id, "id"));
    if (code == null || kind(code) != OWNER) {
      return Optional.empty();
    }
    return Optional.of(ownerResult(pos(code)));
  }

  /**
   * The score of an element, or an owner's composite; empty when unscored.
   *
   * @throws UnknownIdException if the plan has no element or owner {@code id}
   */
  public OptionalDouble score(String id) {
    Integer code = code(requireNonNull(id, "id"));
    if (code == null) {
      throw new UnknownIdException(id, "objective, key result, KPI or owner");
    }
    int i = pos(code);
    return switch (kind(code)) {
      case OBJECTIVE -> optional(engine.objectiveScore(i));
      case MEASURED -> optional(engine.score(i));
      default -> optional(engine.composite(i));
    };
  }

  /**
   * Where a key result or KPI is heading by the end of its period: the least-squares trend through
   * its check-ins up to the scorecard's date, counting the baseline at the period's start for
   * measures that accumulate toward the target. Empty for milestone targets and with fewer than two
   * points on different days.
   *
   * @throws UnknownIdException if the plan has no key result or KPI {@code id}
   */
  public Optional<Forecast> forecast(String id) {
    return Optional.ofNullable(engine.forecast(measured(id)));
  }

  /**
   * Why an element or owner got its score, with the full tree of what it was computed from.
   *
   * @throws UnknownIdException if the plan has no element or owner {@code id}
   */
  public Explanation explain(String id) {
    return explain(id, Integer.MAX_VALUE);
  }

  /**
   * Why an element or owner got its score, down to {@code maxDepth} levels of children (0 explains
   * the node alone).
   *
   * @throws UnknownIdException if the plan has no element or owner {@code id}
   * @throws IllegalArgumentException if {@code maxDepth} is negative
   */
  public Explanation explain(String id, int maxDepth) {
    com.google.common.base.Preconditions.checkArgument(
        maxDepth >= 0, "maxDepth must be at least 0, got %s", maxDepth);
    Integer code = code(requireNonNull(id, "id"));
    if (code == null) {
      throw new UnknownIdException(id, "objective, key result, KPI or owner");
    }
    int i = pos(code);

    Ref root =
        switch (kind(code)) {
          case OBJECTIVE -> new ObjectiveRef(i);
          case MEASURED -> new MeasuredRef(i);
          default -> new OwnerRef(i);
        };
    return build(root, maxDepth);
  }

  /**
   * This scorecard as it would read if KPI {@code kpiId} scored {@code score}, everything else as
   * it is: a what-if. The KPI's score is {@code score} whatever its check-ins say, its progress
   * {@code score} capped at 1, and the key results, objectives and owners it rolls into are scored
   * with it under the same policy and date. The forced score stays through {@link #withCheckIn};
   * forcing another KPI keeps this one's, and forcing this KPI again replaces it. Alignment's
   * {@code WhatIf} asks this for a KPI met (1) and missed (0).
   *
   * @throws UnknownIdException if the plan has no KPI {@code kpiId}
   * @throws IllegalArgumentException if {@code score} is not a finite number of at least 0
   */
  public Scorecard withKpiScore(String kpiId, double score) {
    requireNonNull(kpiId, "kpiId");
    if (plan().kpi(kpiId).isEmpty()) {
      throw new UnknownIdException(kpiId, "KPI");
    }
    com.google.common.base.Preconditions.checkArgument(
        Double.isFinite(score) && score >= 0,
        "a KPI's score must be a finite number of at least 0, got %s",
        org.okrkit.core.Numbers.plain(score));
    return new Scorecard(engine.withForced(kpiId, score));
  }

  /**
   * A plain-text table of the scorecard: each owner's composite, then each element's score, band
   * and status. In English, whatever the JVM's default locale: the same as {@code
   * render(Locale.ROOT)}.
   */
  public String render() {
    return render(Locale.ROOT);
  }

  /**
   * The table of {@link #render()} in the words of {@code locale}: headings, bands and statuses
   * from the {@code scorecard} and {@code explanation} bundles ({@code zh_CN}: {@code 负责人}, {@code
   * 黄色}, {@code 正常}), falling back key by key to English; {@link Locale#ROOT} and {@link
   * Locale#ENGLISH} read exactly as {@link #render()}. Columns are padded to a display width
   * ({@link DisplayWidth}), so that they line up in a terminal whatever the script; ids and titles
   * are written in full. The JVM's default locale is never consulted.
   *
   * @param locale the language to write in, not null
   */
  public String render(Locale locale) {
    Phrasebook words = TablePhrases.of(locale);
    Renderer renderer = Renderer.of(locale);
    String none = words.phrase("scorecard.none");
    StringBuilder out = new StringBuilder();
    out.append(
            words.fill(
                "scorecard.heading",
                Arguments.of()
                    .text("plan", plan().name().orElseGet(() -> words.phrase("scorecard.plan")))
                    .text("period", plan().period().toString())
                    .text("date", asOf().toString())))
        .append('\n');
    out.append('\n').append(words.phrase("scorecard.owners")).append('\n');
    for (OwnerScore o : owners()) {
      out.append("  ")
          .append(DisplayWidth.padRight(o.id(), 24))
          .append(' ')
          .append(DisplayWidth.padRight(shown(o.composite(), none), 8))
          .append(' ')
          .append(DisplayWidth.padRight(o.band().map(renderer::band).orElse(""), 7))
          .append(' ')
          .append(DisplayWidth.padRight(o.status().map(renderer::status).orElse(""), 10))
          .append(" KPI ")
          .append(DisplayWidth.padRight(shown(o.kpiScore(), none), 6))
          .append(" OKR ")
          .append(shown(o.okrScore(), none))
          .append('\n');
    }
    out.append('\n').append(words.phrase("scorecard.elements")).append('\n');
    for (ElementScore e : elements()) {
      out.append("  ")
          .append(DisplayWidth.padRight(e.id(), 24))
          .append(' ')
          .append(DisplayWidth.padRight(shown(e.score(), none), 8))
          .append(' ')
          .append(DisplayWidth.padRight(e.band().map(renderer::band).orElse(""), 7))
          .append(' ')
          .append(DisplayWidth.padRight(e.status().map(renderer::status).orElse(""), 10))
          .append(' ')
          .append(engine.plan.element(e.id()).orElseThrow().title())
          .append('\n');
    }
    return out.toString();
  }

  private static String shown(OptionalDouble value, String none) {
    return value.isPresent() ? Display.score(value.getAsDouble()) : none;
  }

  /** Equal scorecards hold the same results for the same plan, policy and date. */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Scorecard that)) {
      return false;
    }

    return asOf().equals(that.asOf())
        && policy().equals(that.policy())
        && elements().equals(that.elements())
        && owners().equals(that.owners())
        && plan().equals(that.plan());
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf(), policy(), elements(), owners());
  }

  @Override
  public String toString() {
    return "Scorecard[" + plan() + " as of " + asOf() + "]";
  }

  // ---------------------------------------------------------------- results

  private static final int OBJECTIVE = 0;
  private static final int MEASURED = 1;
  private static final int OWNER = 2;

  /**
   * An id's kind and position, as {@code kind << 29 | position}; null when the plan has no such id.
   */
  private @Nullable Integer code(String id) {
    PlanStructure c = engine.structure;
    int o = c.indexOfObjective(id);
    if (o >= 0) {
      return OBJECTIVE << 29 | o;
    }
    int m = c.indexOfMeasured(id);
    if (m >= 0) {
      return MEASURED << 29 | m;
    }
    int w = c.indexOfOwner(id);
    return w >= 0 ? OWNER << 29 | w : null;
  }

  private static int kind(int code) {
    return code >>> 29;
  }

  private static int pos(int code) {
    return code & ((1 << 29) - 1);
  }

  static OptionalDouble optional(double value) {
    return Engine.has(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
  }

  private ImmutableList<ElementScore> allElements() {
    PlanStructure c = engine.structure;
    ImmutableList.Builder<ElementScore> all =
        ImmutableList.builderWithExpectedSize(c.objectiveCount() + c.measuredCount());
    for (int o = 0; o < c.objectiveCount(); o++) {
      all.add(objectiveResult(o));
    }
    for (int m = 0; m < c.measuredCount(); m++) {
      all.add(measuredResult(m));
    }
    return all.build();
  }

  private ImmutableList<OwnerScore> allOwners() {
    ImmutableList.Builder<OwnerScore> all =
        ImmutableList.builderWithExpectedSize(engine.structure.ownerCount());
    for (int w = 0; w < engine.structure.ownerCount(); w++) {
      all.add(ownerResult(w));
    }
    return all.build();
  }

  private ElementScore objectiveResult(int o) {
    ImmutableElementScore.Builder b =
        ImmutableElementScore.builder()
            .id(engine.structure.objectiveId(o))
            .kind(ElementKind.OBJECTIVE);
    double s = engine.objectiveScore(o);
    if (Engine.has(s)) {
      b.score(s).band(engine.policy.bands().of(s, engine.compiled.committed[o]));
      double st = engine.objectiveStatus(o);
      if (Engine.has(st)) {
        b.status(StatusRollup.status(st));
      }
    }
    double e = engine.objectiveExpected(o);
    if (Engine.has(e)) {
      b.expectedProgress(e);
    }
    double c = confidence.get().objective(o);
    if (Engine.has(c)) {
      b.confidence(c);
    }
    return b.build();
  }

  private ElementScore measuredResult(int m) {
    MeasuredElement element = engine.structure.measured(m);
    ImmutableElementScore.Builder b =
        ImmutableElementScore.builder().id(element.id()).kind(element.elementKind());
    double s = engine.score(m);
    if (Engine.has(s)) {
      b.score(s).band(engine.policy.bands().of(s, committed(m)));
      double st = engine.measuredStatus(m);
      if (Engine.has(st)) {
        b.status(StatusRollup.status(st));
      }
    }
    double a = engine.actual(m);
    if (Engine.has(a)) {
      b.actual(a);
    }
    double p = engine.progress(m);
    if (Engine.has(p)) {
      b.progress(p).signedProgress(engine.signedProgress(m));
    }
    double e = engine.expected(m);
    if (Engine.has(e)) {
      b.expectedProgress(e);
    }
    double c = confidence.get().measured(m);
    if (Engine.has(c)) {
      b.confidence(c);
    }
    return b.build();
  }

  /** Whether measured {@code m} is judged as committed: a key result of a committed objective. */
  private boolean committed(int m) {
    return m < engine.structure.keyResultCount()
        && engine.compiled.committed[engine.structure.keyResultObjective(m)];
  }

  private OwnerScore ownerResult(int w) {
    ImmutableOwnerScore.Builder b = ImmutableOwnerScore.builder().id(engine.structure.ownerId(w));
    double k = engine.kpiScore(w);
    if (Engine.has(k)) {
      b.kpiScore(k);
    }
    double o = engine.okrScore(w);
    if (Engine.has(o)) {
      b.okrScore(o);
    }
    double c = engine.composite(w);
    if (Engine.has(c)) {
      b.composite(c).band(engine.policy.bands().of(c, false));
      double st = engine.ownerStatus(w);
      if (Engine.has(st)) {
        b.status(StatusRollup.status(st));
      }
    }
    double conf = confidence.get().owner(w);
    if (Engine.has(conf)) {
      b.confidence(conf);
    }
    return b.build();
  }

  private int measured(String id) {
    int m = engine.structure.indexOfMeasured(requireNonNull(id, "id"));
    if (m < 0) {
      throw new UnknownIdException(id, "key result or KPI");
    }
    return m;
  }

  // ---------------------------------------------------------------- explanations

  /** A node of an explanation tree, explained once its children are. */
  private interface Ref {
    List<Ref> children();

    List<Double> weights();

    Explanation build(List<Explanation> children, OptionalDouble weight);
  }

  /**
   * Builds the tree bottom-up with an explicit stack: hierarchies can be deeper than any call
   * stack.
   */
  private static Explanation build(Ref root, int maxDepth) {
    final class Frame {
      final Ref ref;
      final OptionalDouble weight;
      final List<Ref> children;
      final List<Explanation> built = new ArrayList<>();
      int next;

      Frame(Ref ref, OptionalDouble weight, int depth) {
        this.ref = ref;
        this.weight = weight;
        this.children = depth < maxDepth ? ref.children() : List.of();
      }
    }
    Deque<Frame> stack = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    stack.push(new Frame(root, OptionalDouble.empty(), 0));
    depths.push(0);
    while (true) {
      Frame f = stack.peek();
      int depth = depths.peek();
      if (f.next < f.children.size()) {
        int i = f.next++;
        stack.push(
            new Frame(f.children.get(i), OptionalDouble.of(f.ref.weights().get(i)), depth + 1));
        depths.push(depth + 1);
        continue;
      }
      stack.pop();
      depths.pop();
      Explanation e = f.ref.build(f.built, f.weight);
      if (stack.isEmpty()) {
        return e;
      }
      stack.peek().built.add(e);
    }
  }

  private ImmutableExplanation.Builder scored(
      Explanation.Kind kind,
      String id,
      String title,
      double score,
      double status,
      boolean committed,
      OptionalDouble weight) {
    ImmutableExplanation.Builder b =
        ImmutableExplanation.builder()
            .kind(kind)
            .id(id)
            .title(title)
            .weight(weight)
            .asOf(engine.asOf);
    if (Engine.has(score)) {
      b.score(score).band(engine.policy.bands().of(score, committed));
      if (Engine.has(status)) {
        b.status(StatusRollup.status(status));
      }
    }
    return b;
  }

  private final class ObjectiveRef implements Ref {
    private final int o;

    ObjectiveRef(int o) {
      this.o = o;
    }

    @Override
    public List<Ref> children() {
      PlanStructure c = engine.structure;
      List<Ref> children = new ArrayList<>();
      c.keyResultsOf(o).forEach(k -> children.add(new MeasuredRef(k)));
      if (engine.policy.childObjectiveWeight() > 0) {
        c.countedChildObjectivesOf(o).forEach(child -> children.add(new ObjectiveRef(child)));
      }
      return children;
    }

    @Override
    public List<Double> weights() {
      PlanStructure c = engine.structure;
      List<Double> weights = new ArrayList<>();
      c.keyResultsOf(o).forEach(k -> weights.add(engine.compiled.rollup.keyResultWeight(k)));
      if (engine.policy.childObjectiveWeight() > 0) {
        c.countedChildObjectivesOf(o)
            .forEach(child -> weights.add(engine.policy.childObjectiveWeight()));
      }
      return weights;
    }

    @Override
    public Explanation build(List<Explanation> kids, OptionalDouble weight) {
      Objective objective = engine.structure.objective(o);
      ScoringPolicy p = engine.policy;
      boolean committed = engine.compiled.committed[o];
      ImmutableExplanation.Builder b =
          scored(
                  Explanation.Kind.OBJECTIVE,
                  objective.id(),
                  objective.title(),
                  engine.objectiveScore(o),
                  engine.objectiveStatus(o),
                  committed,
                  weight)
              .children(kids);
      boolean anyChild =
          p.childObjectiveWeight() > 0 && !engine.structure.countedChildObjectivesOf(o).isEmpty();
      b.rule(
          new Rule.Objective(
              p.objectiveAggregation(),
              anyChild ? OptionalDouble.of(p.childObjectiveWeight()) : OptionalDouble.empty(),
              committed));
      double[][] s = engine.scoredChildren(o);
      b.formula(
          s[0].length == 0
              ? Formula.of(Formula.Kind.NOTHING_TO_AGGREGATE, Map.of())
              : p.objectiveAggregation().formula(s[0], s[1]));
      b.addInputs(new Input.Owner(objective.ownerId()), new Input.ObjectiveKind(objective.kind()));
      double expected = engine.objectiveExpected(o);
      b.addAllInputs(
          expectedInputs(
              Double.NaN,
              Double.NaN,
              expected,
              engine.compiled.objectivePeriod[o],
              engine.compiled.objectivePace[o],
              false,
              null));
      Confidence conf = confidence.get();
      rolledUp(b, conf.objective(o), conf.objectiveKnown(o), conf.objectiveParts(o));
      return statusBasis(b).build();
    }
  }

  private final class MeasuredRef implements Ref {
    private final int m;

    MeasuredRef(int m) {
      this.m = m;
    }

    /** The supporting KPIs, when the key result took a share from them. */
    @Override
    public List<Ref> children() {
      List<Ref> children = new ArrayList<>();
      int nk = engine.structure.keyResultCount();
      if (m < nk && Engine.has(engine.kpiPart(m))) {
        engine
            .structure
            .countedContributorsTo(m)
            .forEach(p -> children.add(new MeasuredRef(nk + p)));
      }
      return children;
    }

    @Override
    public List<Double> weights() {
      List<Double> weights = new ArrayList<>();
      if (m < engine.structure.keyResultCount() && Engine.has(engine.kpiPart(m))) {
        engine.structure.countedContributorWeights(m).forEach(weights::add);
      }
      return weights;
    }

    @Override
    public Explanation build(List<Explanation> kids, OptionalDouble weight) {
      MeasuredElement e = engine.structure.measured(m);
      ScoringPolicy p = engine.policy;
      ScoringPolicy.Choice choice = engine.compiled.choice(m);
      boolean keyResult = m < engine.structure.keyResultCount();
      ImmutableExplanation.Builder b =
          scored(
                  keyResult ? Explanation.Kind.KEY_RESULT : Explanation.Kind.KPI,
                  e.id(),
                  e.title(),
                  engine.score(m),
                  engine.measuredStatus(m),
                  committed(m),
                  weight)
              .children(kids);
      double part = keyResult ? engine.kpiPart(m) : Double.NaN;
      b.rule(
          new Rule.Strategy(
              choice.strategy,
              choice.source,
              choice.key,
              Engine.has(part)
                  ? OptionalDouble.of(p.keyResultKpiShare())
                  : OptionalDouble.empty()));
      Formula formula;
      ScoringInput input = engine.input(m);
      if (input != null) {
        formula = choice.strategy.formula(input);
        TimeWeighted blend =
            p.targetRule() == TargetRule.TIME_WEIGHTED
                ? engine.measurement.timeWeighted(m, input)
                : null;
        if (blend != null) {
          Formula.Builder weighted =
              Formula.builder().kind(Formula.Kind.TIME_WEIGHTED).basis(formula);
          long total = 0;
          for (int i = 0; i < blend.targets.size(); i++) {
            weighted.addTerm(
                new Formula.Term(
                    ImmutableMap.of(
                        "days", (double) blend.days.get(i), "score", blend.scores.get(i)),
                    Optional.of(blend.targets.get(i))));
            total += blend.days.get(i);
          }
          formula =
              weighted
                  .numbers(
                      ImmutableMap.of(
                          "targets",
                          (double) blend.targets.size(),
                          "days",
                          (double) total,
                          "result",
                          blend.score))
                  .build();
        }
        Optional<CheckIn> latest = engine.plan.latestCheckIn(e.id(), engine.asOf);
        b.addInputs(new Input.Actual(input.actual(), latest.map(CheckIn::date)));
      } else {
        formula =
            Formula.builder()
                .kind(
                    p.missingValue() == MissingValue.ZERO
                        ? Formula.Kind.NO_CHECK_IN_SCORES_ZERO
                        : Formula.Kind.NO_CHECK_IN_UNSCORED)
                .date(engine.asOf)
                .build();
      }
      if (Engine.has(part)) {
        double measured = engine.measured(m);
        formula =
            formula.withStep(
                Engine.has(measured)
                    ? Formula.Step.of(
                        Formula.Step.Kind.KPI_BLEND,
                        ImmutableMap.of(
                            "share",
                            p.keyResultKpiShare(),
                            "measured",
                            measured,
                            "kpis",
                            part,
                            "result",
                            engine.score(m)))
                    : Formula.Step.of(
                        Formula.Step.Kind.KPIS_ALONE,
                        ImmutableMap.of("kpis", part, "result", part)));
      }
      b.formula(formula);
      b.addInputs(new Input.Target(e.target(), e.measure().name()));
      b.addInputs(new Input.Direction(e.measure().direction()));
      b.addAllInputs(
          expectedInputs(
              engine.progress(m),
              engine.signedProgress(m),
              engine.expected(m),
              engine.compiled.period(m),
              engine.compiled.measuredPace[m],
              engine.compiled.perInterval(m),
              e instanceof Kpi kpi ? kpi : null));
      double c = confidence.get().measured(m);
      if (Engine.has(c)) {
        b.addInputs(new Input.ReportedConfidence(c, confidence.get().reportedOn(m)));
      }
      return statusBasis(b).build();
    }
  }

  private List<Input> expectedInputs(
      double progress,
      double signed,
      double expected,
      org.okrkit.core.Period period,
      Pace pace,
      boolean perInterval,
      @Nullable Kpi kpi) {
    List<Input> inputs = new ArrayList<>();
    if (Engine.has(progress)) {
      inputs.add(new Input.Progress(progress));
      if (Engine.has(signed) && signed != progress) {
        inputs.add(new Input.SignedProgress(signed));
      }
    }
    if (perInterval && kpi != null) {
      inputs.add(new Input.ExpectedInFull(kpi.frequency()));
    } else if (Engine.has(expected)) {
      long days = period.lengthInDays();
      long elapsed = Math.round(period.fractionElapsed(engine.asOf) * days);
      inputs.add(new Input.ExpectedProgress(expected, elapsed, days, period, pace));
    }
    return inputs;
  }

  /** Adds a rolled-up confidence to {@code b} when it is known. */
  private static void rolledUp(
      ImmutableExplanation.Builder b, double confidence, int known, int parts) {
    if (Engine.has(confidence)) {
      b.addInputs(new Input.RolledUpConfidence(confidence, known, parts));
    }
  }

  /**
   * Adds how the status was judged, when the policy judges it otherwise than by default: by a rule
   * other than the weighted gap, or a ratio tolerance.
   */
  private ImmutableExplanation.Builder statusBasis(ImmutableExplanation.Builder b) {
    ScoringPolicy p = engine.policy;
    if (!(p.statusRule() instanceof StatusRule.WeightedScore)
        || !(p.paceTolerance() instanceof PaceTolerance.Difference)) {
      b.addInputs(new Input.StatusBasis(p.statusRule(), p.paceTolerance()));
    }
    return b;
  }

  private final class OwnerRef implements Ref {
    private final int w;

    OwnerRef(int w) {
      this.w = w;
    }

    @Override
    public List<Ref> children() {
      List<Ref> children = new ArrayList<>();
      if (!engine.structure.kpisOf(w).isEmpty()) {
        children.add(new PartRef(w, true));
      }
      if (!engine.structure.objectivesOf(w).isEmpty()) {
        children.add(new PartRef(w, false));
      }
      return children;
    }

    @Override
    public List<Double> weights() {
      List<Double> weights = new ArrayList<>();
      if (!engine.structure.kpisOf(w).isEmpty()) {
        weights.add(engine.policy.compositeKpiWeight());
      }
      if (!engine.structure.objectivesOf(w).isEmpty()) {
        weights.add(engine.policy.compositeOkrWeight());
      }
      return weights;
    }

    @Override
    public Explanation build(List<Explanation> kids, OptionalDouble weight) {
      ScoringPolicy p = engine.policy;
      Owner owner = engine.structure.owner(w);
      double composite = engine.composite(w);
      double kpi = engine.kpiScore(w);
      double okr = engine.okrScore(w);
      ImmutableExplanation.Builder b =
          scored(
                  Explanation.Kind.OWNER,
                  owner.id(),
                  owner.name(),
                  composite,
                  engine.ownerStatus(w),
                  false,
                  weight)
              .children(kids)
              .rule(new Rule.Composite(p.compositeKpiWeight(), p.compositeOkrWeight()))
              .addInputs(new Input.Level(owner.level()));
      Confidence conf = confidence.get();
      rolledUp(b, conf.owner(w), conf.ownerCount(w, 2, false), conf.ownerCount(w, 2, true));
      double wk = Engine.has(kpi) ? p.compositeKpiWeight() : 0;
      double wo = Engine.has(okr) ? p.compositeOkrWeight() : 0;
      Formula formula;
      if (wk + wo == 0) {
        formula = Formula.of(Formula.Kind.NOTHING_TO_COMBINE, Map.of());
      } else if (wk > 0 && wo > 0) {
        formula =
            Formula.of(
                Formula.Kind.COMPOSITE,
                ImmutableMap.<String, Double>builder()
                    .put("kpiWeight", wk)
                    .put("kpi", kpi)
                    .put("okrWeight", wo)
                    .put("okr", okr)
                    .put("total", wk + wo)
                    .put("result", composite)
                    .build());
      } else {
        formula =
            Formula.of(
                wk > 0 ? Formula.Kind.KPI_SCORE_ALONE : Formula.Kind.OKR_SCORE_ALONE,
                ImmutableMap.of("result", composite));
      }
      return statusBasis(b.formula(formula)).build();
    }
  }

  /** An owner's KPI part or OKR part. */
  private final class PartRef implements Ref {
    private final int w;
    private final boolean kpi;

    PartRef(int w, boolean kpi) {
      this.w = w;
      this.kpi = kpi;
    }

    @Override
    public List<Ref> children() {
      PlanStructure c = engine.structure;
      List<Ref> children = new ArrayList<>();
      if (kpi) {
        c.kpisOf(w).forEach(p -> children.add(new MeasuredRef(c.keyResultCount() + p)));
      } else {
        c.objectivesOf(w).forEach(o -> children.add(new ObjectiveRef(o)));
      }
      return children;
    }

    @Override
    public List<Double> weights() {
      PlanStructure c = engine.structure;
      List<Double> weights = new ArrayList<>();
      if (kpi) {
        c.kpisOf(w).forEach(p -> weights.add(c.kpiWeight(p)));
      } else {
        c.objectivesOf(w).forEach(o -> weights.add(1.0));
      }
      return weights;
    }

    @Override
    public Explanation build(List<Explanation> kids, OptionalDouble weight) {
      ScoringPolicy p = engine.policy;
      Aggregation aggregation = kpi ? p.kpiAggregation() : p.okrAggregation();
      String id = engine.structure.ownerId(w);
      double score = kpi ? engine.kpiScore(w) : engine.okrScore(w);
      double status = kpi ? engine.kpiStatus(w) : engine.okrStatus(w);
      ImmutableExplanation.Builder b =
          scored(
                  kpi ? Explanation.Kind.OWNER_KPIS : Explanation.Kind.OWNER_OKRS,
                  id,
                  "",
                  score,
                  status,
                  false,
                  weight)
              .children(kids)
              .rule(new Rule.OwnerPart(aggregation, kpi));
      Confidence conf = confidence.get();
      int part = kpi ? 0 : 1;
      rolledUp(
          b,
          kpi ? conf.kpiPart(w) : conf.okrPart(w),
          conf.ownerCount(w, part, false),
          conf.ownerCount(w, part, true));
      double[][] scored = kpi ? engine.scoredKpis(w) : engine.scoredObjectives(w);
      b.formula(
          scored[0].length == 0
              ? Formula.of(Formula.Kind.NOTHING_TO_AGGREGATE, Map.of())
              : aggregation.formula(scored[0], scored[1]));
      return statusBasis(b).build();
    }
  }
}
