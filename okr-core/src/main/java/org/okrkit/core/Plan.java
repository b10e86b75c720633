package org.okrkit.core;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.internal.PlanValidator;

/**
 * The validated aggregate of one period's OKRs and KPIs: owners, objectives, key results, KPIs and
 * check-ins, all referring to each other by id.
 *
 * <p>A {@code Plan} is always valid: {@link Builder#build()} checks everything at once and throws a
 * {@link PlanValidationException} listing every problem with its path; nothing half-built is ever
 * returned. A plan is immutable and safe to share between threads. Its indexes (key results of an
 * objective, contributors to a key result, check-ins of an element, …) are built lazily on first
 * use.
 *
 * <p>Changes return a new plan ({@link #withKeyResult}, {@link #withCheckIn}, {@link #without}, …)
 * that is validated again and shares every collection the change did not touch. Elements keep the
 * order in which they were added; a replaced element keeps its place.
 *
 * <p>Two plans are equal when they have the same period, name, owners and elements (whatever their
 * order) and the same check-ins per element in the same order.
 */
public final class Plan {
  private final Period period;
  private final Optional<String> name;
  private final ImmutableMap<String, Owner> owners;
  private final ImmutableMap<String, Objective> objectives;
  private final ImmutableMap<String, KeyResult> keyResults;
  private final ImmutableMap<String, Kpi> kpis;
  private final ImmutableList<CheckIn> checkIns;

  private final Supplier<ImmutableListMultimap<String, KeyResult>> keyResultsByObjective;
  private final Supplier<ImmutableListMultimap<String, Contributor>> contributorsByKeyResult;
  private final Supplier<ImmutableListMultimap<String, Objective>> objectivesByParent;
  /** Objectives under an objective, directly or through one of its key results. */
  private final Supplier<ImmutableListMultimap<String, Objective>> childrenByObjective;
  private final Supplier<ImmutableListMultimap<String, Objective>> objectivesByOwner;
  private final Supplier<ImmutableListMultimap<String, Kpi>> kpisByOwner;
  private final Supplier<ImmutableListMultimap<String, Owner>> ownersByParent;
  private final Supplier<ImmutableListMultimap<String, CheckIn>> checkInsByElement;

  private Plan(
      Period period,
      Optional<String> name,
      ImmutableMap<String, Owner> owners,
      ImmutableMap<String, Objective> objectives,
      ImmutableMap<String, KeyResult> keyResults,
      ImmutableMap<String, Kpi> kpis,
      ImmutableList<CheckIn> checkIns) {
    this.period = period;
    this.name = name;
    this.owners = owners;
    this.objectives = objectives;
    this.keyResults = keyResults;
    this.kpis = kpis;
    this.checkIns = checkIns;
    this.keyResultsByObjective =
        Suppliers.memoize(() -> index(keyResults.values(), KeyResult::objective));
    this.contributorsByKeyResult = Suppliers.memoize(this::indexContributors);
    this.objectivesByParent =
        Suppliers.memoize(
            () -> {
              ImmutableListMultimap.Builder<String, Objective> b = ImmutableListMultimap.builder();
              for (Objective o : objectives.values()) {
                o.parent().ifPresent(p -> b.put(p, o));
              }
              return b.build();
            });
    this.childrenByObjective =
        Suppliers.memoize(
            () -> {
              ImmutableListMultimap.Builder<String, Objective> b = ImmutableListMultimap.builder();
              for (Objective o : objectives.values()) {
                o.parent()
                    .map(p -> keyResults.containsKey(p) ? keyResults.get(p).objective() : p)
                    .ifPresent(p -> b.put(p, o));
              }
              return b.build();
            });
    this.objectivesByOwner = Suppliers.memoize(() -> index(objectives.values(), Objective::owner));
    this.kpisByOwner = Suppliers.memoize(() -> index(kpis.values(), Kpi::owner));
    this.ownersByParent =
        Suppliers.memoize(
            () -> {
              ImmutableListMultimap.Builder<String, Owner> b = ImmutableListMultimap.builder();
              for (Owner o : owners.values()) {
                o.parent().ifPresent(p -> b.put(p, o));
              }
              return b.build();
            });
    this.checkInsByElement = Suppliers.memoize(this::indexCheckIns);
  }

  /** A builder for a new plan. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding everything in this plan, to change and build again. */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  // ------------------------------------------------------------------ contents

  /** The period the plan covers. */
  public Period period() {
    return period;
  }

  /** The plan's name, if it has one. */
  public Optional<String> name() {
    return name;
  }

  /** The owners, in the order added. */
  public ImmutableList<Owner> owners() {
    return owners.values().asList();
  }

  /** The objectives, in the order added. */
  public ImmutableList<Objective> objectives() {
    return objectives.values().asList();
  }

  /** The key results, in the order added. */
  public ImmutableList<KeyResult> keyResults() {
    return keyResults.values().asList();
  }

  /** The KPIs, in the order added. */
  public ImmutableList<Kpi> kpis() {
    return kpis.values().asList();
  }

  /** Every check-in, in the order added. */
  public ImmutableList<CheckIn> checkIns() {
    return checkIns;
  }

  /** The owner with this id, if there is one. */
  public Optional<Owner> owner(String id) {
    return Optional.ofNullable(owners.get(requireNonNull(id, "id")));
  }

  /** The objective with this id, if there is one. */
  public Optional<Objective> objective(String id) {
    return Optional.ofNullable(objectives.get(requireNonNull(id, "id")));
  }

  /** The key result with this id, if there is one. */
  public Optional<KeyResult> keyResult(String id) {
    return Optional.ofNullable(keyResults.get(requireNonNull(id, "id")));
  }

  /** The KPI with this id, if there is one. */
  public Optional<Kpi> kpi(String id) {
    return Optional.ofNullable(kpis.get(requireNonNull(id, "id")));
  }

  /** The objective, key result or KPI with this id, if there is one. */
  public Optional<Element> element(String id) {
    requireNonNull(id, "id");
    Element e = keyResults.get(id);
    if (e == null) {
      e = kpis.get(id);
    }
    if (e == null) {
      e = objectives.get(id);
    }
    return Optional.ofNullable(e);
  }

  // ------------------------------------------------------------------ queries

  /**
   * The key results of an objective, in plan order.
   *
   * @throws UnknownIdException if the plan has no objective {@code objectiveId}
   */
  public ImmutableList<KeyResult> keyResultsOf(String objectiveId) {
    requireObjective(objectiveId);
    return keyResultsByObjective.get().get(objectiveId);
  }

  /**
   * The KPIs that support a key result, each with its contribution weight, in plan order.
   *
   * @throws UnknownIdException if the plan has no key result {@code keyResultId}
   */
  public ImmutableList<Contributor> contributorsTo(String keyResultId) {
    requireKeyResult(keyResultId);
    return contributorsByKeyResult.get().get(keyResultId);
  }

  /**
   * The objectives that contribute to an objective or key result. For a key result: the objectives
   * whose parent it is. For an objective: those whose parent is the objective itself or one of its
   * key results. In plan order, each once.
   *
   * @throws UnknownIdException if {@code id} is neither an objective nor a key result of the plan
   */
  public ImmutableList<Objective> childrenOf(String id) {
    requireNonNull(id, "id");
    ImmutableListMultimap<String, Objective> byParent = objectivesByParent.get();
    if (keyResults.containsKey(id)) {
      return byParent.get(id);
    }
    requireObjective(id, "objective or key result");
    return childrenByObjective.get().get(id);
  }

  /**
   * The owners directly below an owner, in plan order.
   *
   * @throws UnknownIdException if the plan has no owner {@code ownerId}
   */
  public ImmutableList<Owner> ownersBelow(String ownerId) {
    requireOwner(ownerId);
    return ownersByParent.get().get(ownerId);
  }

  /**
   * An owner and every owner below it, directly or not: the owner first, then breadth first.
   *
   * @throws UnknownIdException if the plan has no owner {@code ownerId}
   */
  public ImmutableList<Owner> subtreeOf(String ownerId) {
    Owner root = requireOwner(ownerId);
    ImmutableList.Builder<Owner> result = ImmutableList.builder();
    Deque<Owner> queue = new ArrayDeque<>();
    queue.add(root);
    ImmutableListMultimap<String, Owner> below = ownersByParent.get();
    while (!queue.isEmpty()) {
      Owner o = queue.removeFirst();
      result.add(o);
      queue.addAll(below.get(o.id()));
    }
    return result.build();
  }

  /**
   * The objectives an owner sets, in plan order.
   *
   * @throws UnknownIdException if the plan has no owner {@code ownerId}
   */
  public ImmutableList<Objective> objectivesOf(String ownerId) {
    requireOwner(ownerId);
    return objectivesByOwner.get().get(ownerId);
  }

  /**
   * The KPIs an owner holds, in plan order.
   *
   * @throws UnknownIdException if the plan has no owner {@code ownerId}
   */
  public ImmutableList<Kpi> kpisOf(String ownerId) {
    requireOwner(ownerId);
    return kpisByOwner.get().get(ownerId);
  }

  /**
   * Everything an owner answers for: each of its objectives followed by that objective's key
   * results, then its KPIs.
   *
   * @throws UnknownIdException if the plan has no owner {@code ownerId}
   */
  public ImmutableList<Element> elementsOf(String ownerId) {
    ImmutableList.Builder<Element> result = ImmutableList.builder();
    for (Objective o : objectivesOf(ownerId)) {
      result.add(o);
      result.addAll(keyResultsOf(o.id()));
    }
    result.addAll(kpisOf(ownerId));
    return result.build();
  }

  /**
   * Everything an owner and the owners below it answer for: {@link #elementsOf} for each owner of
   * {@link #subtreeOf}, in that order.
   *
   * @throws UnknownIdException if the plan has no owner {@code ownerId}
   */
  public ImmutableList<Element> elementsOfSubtree(String ownerId) {
    ImmutableList.Builder<Element> result = ImmutableList.builder();
    for (Owner o : subtreeOf(ownerId)) {
      result.addAll(elementsOf(o.id()));
    }
    return result.build();
  }

  /**
   * The owner who answers for an element: the objective's owner for an objective and its key
   * results, the KPI's owner for a KPI.
   *
   * @throws UnknownIdException if the plan has no element {@code elementId}
   */
  public Owner ownerOf(String elementId) {
    Element e =
        element(elementId)
            .orElseThrow(() -> new UnknownIdException(elementId, "objective, key result or KPI"));
    String ownerId;
    if (e instanceof Kpi) {
      ownerId = ((Kpi) e).owner();
    } else if (e instanceof KeyResult) {
      ownerId = objectives.get(((KeyResult) e).objective()).owner();
    } else {
      ownerId = ((Objective) e).owner();
    }
    return owners.get(ownerId);
  }

  /**
   * The check-ins of a key result or KPI, by date; check-ins of the same date keep the order in
   * which they were added.
   *
   * @throws UnknownIdException if the plan has no key result or KPI {@code elementId}
   */
  public ImmutableList<CheckIn> checkInsOf(String elementId) {
    requireMeasured(elementId);
    return checkInsByElement.get().get(elementId);
  }

  /**
   * The element's last check-in on or before {@code asOf}: the latest date, and of several on that
   * date the one added last. For a milestone target this is the last report on any milestone; use
   * {@link #valueAsOf} for its progress.
   *
   * @throws UnknownIdException if the plan has no key result or KPI {@code elementId}
   */
  public Optional<CheckIn> latestCheckIn(String elementId, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    List<CheckIn> all = checkInsOf(elementId);
    int i = lastOnOrBefore(all, asOf);
    return i < 0 ? Optional.empty() : Optional.of(all.get(i));
  }

  /**
   * The element's value as of the end of {@code asOf}: the value of its {@linkplain #latestCheckIn
   * latest check-in}; for a milestone target, the weighted share of milestones whose latest report
   * says done, from 0 to 1. Empty when nothing was reported on or before {@code asOf}.
   *
   * @throws UnknownIdException if the plan has no key result or KPI {@code elementId}
   */
  public OptionalDouble valueAsOf(String elementId, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    MeasuredElement element = requireMeasured(elementId);
    List<CheckIn> all = checkInsOf(elementId);
    int last = lastOnOrBefore(all, asOf);
    if (last < 0) {
      return OptionalDouble.empty();
    }
    Target target = element.target();
    if (target.kind() != Target.Kind.MILESTONES) {
      return OptionalDouble.of(all.get(last).value());
    }
    Map<String, Double> latest = new HashMap<>();
    String only = target.milestones().get(0).name();
    for (CheckIn c : all.subList(0, last + 1)) {
      latest.put(c.milestone().orElse(only), c.value());
    }
    double done = 0;
    for (Milestone m : target.milestones()) {
      if (latest.getOrDefault(m.name(), 0.0) == 1.0) {
        done += m.weight();
      }
    }
    return OptionalDouble.of(done / target.totalMilestoneWeight());
  }

  // ------------------------------------------------------------------ changes

  /**
   * This plan with {@code owner} added, or replacing the owner of the same id.
   *
   * @throws PlanValidationException if the result would be invalid
   */
  public Plan withOwner(Owner owner) {
    return changed(put(owners, owner.id(), owner), objectives, keyResults, kpis, checkIns);
  }

  /**
   * This plan with {@code objective} added, or replacing the objective of the same id.
   *
   * @throws PlanValidationException if the result would be invalid
   */
  public Plan withObjective(Objective objective) {
    return changed(
        owners, put(objectives, objective.id(), objective), keyResults, kpis, checkIns);
  }

  /**
   * This plan with {@code keyResult} added, or replacing the key result of the same id.
   *
   * @throws PlanValidationException if the result would be invalid
   */
  public Plan withKeyResult(KeyResult keyResult) {
    return changed(
        owners, objectives, put(keyResults, keyResult.id(), keyResult), kpis, checkIns);
  }

  /**
   * This plan with {@code kpi} added, or replacing the KPI of the same id.
   *
   * @throws PlanValidationException if the result would be invalid
   */
  public Plan withKpi(Kpi kpi) {
    return changed(owners, objectives, keyResults, put(kpis, kpi.id(), kpi), checkIns);
  }

  /**
   * This plan with one more check-in, after the existing ones. Only the new check-in is checked,
   * since the rest of the plan is unchanged.
   *
   * @throws PlanValidationException if the check-in is invalid for this plan
   */
  public Plan withCheckIn(CheckIn checkIn) {
    requireNonNull(checkIn, "checkIn");
    List<Problem> problems =
        PlanValidator.validateCheckIn(
            checkIn,
            checkIns.size(),
            period,
            id -> element(id).orElse(null),
            id -> owners.containsKey(id) ? "an owner" : null);
    if (!problems.isEmpty()) {
      throw new PlanValidationException(problems);
    }
    ImmutableList<CheckIn> more =
        ImmutableList.<CheckIn>builderWithExpectedSize(checkIns.size() + 1)
            .addAll(checkIns)
            .add(checkIn)
            .build();
    return new Plan(period, name, owners, objectives, keyResults, kpis, more);
  }

  /**
   * This plan with more check-ins, after the existing ones, in the order given.
   *
   * @throws PlanValidationException if any of them is invalid for this plan; none is added then
   */
  public Plan withCheckIns(Iterable<CheckIn> more) {
    ImmutableList<CheckIn> all =
        ImmutableList.<CheckIn>builder().addAll(checkIns).addAll(more).build();
    return changed(owners, objectives, keyResults, kpis, all);
  }

  /**
   * This plan without the owner or element of this id; a removed key result or KPI takes its
   * check-ins with it. Nothing else is removed: if other parts refer to the id, the result is
   * invalid and the exception lists them.
   *
   * @throws UnknownIdException if the plan holds nothing with this id
   * @throws PlanValidationException if anything else refers to the removed id
   */
  public Plan without(String id) {
    requireNonNull(id, "id");
    if (!owners.containsKey(id) && element(id).isEmpty()) {
      throw new UnknownIdException(id, "owner, objective, key result or KPI");
    }
    ImmutableList<CheckIn> keptCheckIns = checkIns;
    if (keyResults.containsKey(id) || kpis.containsKey(id)) {
      keptCheckIns =
          checkIns.stream()
              .filter(c -> !c.element().equals(id))
              .collect(ImmutableList.toImmutableList());
    }
    return changed(
        remove(owners, id),
        remove(objectives, id),
        remove(keyResults, id),
        remove(kpis, id),
        keptCheckIns);
  }

  // ------------------------------------------------------------------ object

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Plan)) {
      return false;
    }
    Plan that = (Plan) other;
    return period.equals(that.period)
        && name.equals(that.name)
        && owners.equals(that.owners)
        && objectives.equals(that.objectives)
        && keyResults.equals(that.keyResults)
        && kpis.equals(that.kpis)
        && checkInsByElement.get().equals(that.checkInsByElement.get());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        period, name, owners, objectives, keyResults, kpis, checkInsByElement.get());
  }

  /** A one-line summary: {@code Plan[2025-Q2 "Marketing": 2 owners, 1 objective, …]}. */
  @Override
  public String toString() {
    return "Plan["
        + period
        + name.map(n -> " \"" + n + "\"").orElse("")
        + ": "
        + count(owners.size(), "owner")
        + ", "
        + count(objectives.size(), "objective")
        + ", "
        + count(keyResults.size(), "key result")
        + ", "
        + count(kpis.size(), "KPI")
        + ", "
        + count(checkIns.size(), "check-in")
        + "]";
  }

  // ------------------------------------------------------------------ internals

  private Plan changed(
      ImmutableMap<String, Owner> owners,
      ImmutableMap<String, Objective> objectives,
      ImmutableMap<String, KeyResult> keyResults,
      ImmutableMap<String, Kpi> kpis,
      ImmutableList<CheckIn> checkIns) {
    List<Problem> problems =
        PlanValidator.validate(
            period,
            owners.values().asList(),
            objectives.values().asList(),
            keyResults.values().asList(),
            kpis.values().asList(),
            checkIns);
    if (!problems.isEmpty()) {
      throw new PlanValidationException(problems);
    }
    return new Plan(period, name, owners, objectives, keyResults, kpis, checkIns);
  }

  /** {@code map} with {@code value} under {@code id}: replaced in place, or appended. */
  private static <T> ImmutableMap<String, T> put(ImmutableMap<String, T> map, String id, T value) {
    requireNonNull(value, "value");
    if (!map.containsKey(id)) {
      return ImmutableMap.<String, T>builderWithExpectedSize(map.size() + 1)
          .putAll(map)
          .put(id, value)
          .build();
    }
    Map<String, T> copy = new LinkedHashMap<>(map);
    copy.put(id, value);
    return ImmutableMap.copyOf(copy);
  }

  private static <T> ImmutableMap<String, T> remove(ImmutableMap<String, T> map, String id) {
    if (!map.containsKey(id)) {
      return map;
    }
    Map<String, T> copy = new LinkedHashMap<>(map);
    copy.remove(id);
    return ImmutableMap.copyOf(copy);
  }

  private static <T> ImmutableListMultimap<String, T> index(
      Iterable<T> values, Function<T, String> key) {
    ImmutableListMultimap.Builder<String, T> b = ImmutableListMultimap.builder();
    for (T v : values) {
      b.put(key.apply(v), v);
    }
    return b.build();
  }

  private ImmutableListMultimap<String, Contributor> indexContributors() {
    ImmutableListMultimap.Builder<String, Contributor> b = ImmutableListMultimap.builder();
    for (Kpi k : kpis.values()) {
      for (Contribution c : k.contributions()) {
        b.put(c.keyResult(), Contributor.of(k, c.weight()));
      }
    }
    return b.build();
  }

  private ImmutableListMultimap<String, CheckIn> indexCheckIns() {
    // a stable sort by date keeps same-day check-ins in the order they were added
    CheckIn[] sorted = checkIns.toArray(new CheckIn[0]);
    Arrays.sort(sorted, Comparator.comparing(CheckIn::date));
    ImmutableListMultimap.Builder<String, CheckIn> b = ImmutableListMultimap.builder();
    for (CheckIn c : sorted) {
      b.put(c.element(), c);
    }
    return b.build();
  }

  /** The index of the last check-in dated on or before {@code asOf}, or -1. */
  private static int lastOnOrBefore(List<CheckIn> byDate, LocalDate asOf) {
    int lo = 0;
    int hi = byDate.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (byDate.get(mid).date().isAfter(asOf)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo - 1;
  }

  private Owner requireOwner(String id) {
    Owner o = owners.get(requireNonNull(id, "id"));
    if (o == null) {
      throw new UnknownIdException(id, "owner");
    }
    return o;
  }

  private Objective requireObjective(String id) {
    return requireObjective(id, "objective");
  }

  private Objective requireObjective(String id, String expected) {
    Objective o = objectives.get(requireNonNull(id, "id"));
    if (o == null) {
      throw new UnknownIdException(id, expected);
    }
    return o;
  }

  private KeyResult requireKeyResult(String id) {
    KeyResult k = keyResults.get(requireNonNull(id, "id"));
    if (k == null) {
      throw new UnknownIdException(id, "key result");
    }
    return k;
  }

  private MeasuredElement requireMeasured(String id) {
    requireNonNull(id, "id");
    MeasuredElement e = keyResults.get(id);
    if (e == null) {
      e = kpis.get(id);
    }
    if (e == null) {
      throw new UnknownIdException(id, "key result or KPI");
    }
    return e;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Collects the parts of a plan; {@link #build()} checks them all at once. Builders are not
   * thread-safe; the plans they build are.
   */
  public static final class Builder {
    private @Nullable Period period;
    private @Nullable String name;
    private final List<Owner> owners = new ArrayList<>();
    private final List<Objective> objectives = new ArrayList<>();
    private final List<KeyResult> keyResults = new ArrayList<>();
    private final List<Kpi> kpis = new ArrayList<>();
    private final List<CheckIn> checkIns = new ArrayList<>();

    private Builder() {}

    /** Sets the period the plan covers; required. */
    @CanIgnoreReturnValue
    public Builder period(Period period) {
      this.period = requireNonNull(period, "period");
      return this;
    }

    /** Sets the plan's name. */
    @CanIgnoreReturnValue
    public Builder name(String name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /** Adds owners. */
    @CanIgnoreReturnValue
    public Builder addOwners(Owner... owners) {
      return addAll(this.owners, Arrays.asList(owners), "owners");
    }

    /** Adds owners. */
    @CanIgnoreReturnValue
    public Builder addAllOwners(Iterable<? extends Owner> owners) {
      return addAll(this.owners, owners, "owners");
    }

    /** Adds objectives. */
    @CanIgnoreReturnValue
    public Builder addObjectives(Objective... objectives) {
      return addAll(this.objectives, Arrays.asList(objectives), "objectives");
    }

    /** Adds objectives. */
    @CanIgnoreReturnValue
    public Builder addAllObjectives(Iterable<? extends Objective> objectives) {
      return addAll(this.objectives, objectives, "objectives");
    }

    /** Adds key results. */
    @CanIgnoreReturnValue
    public Builder addKeyResults(KeyResult... keyResults) {
      return addAll(this.keyResults, Arrays.asList(keyResults), "keyResults");
    }

    /** Adds key results. */
    @CanIgnoreReturnValue
    public Builder addAllKeyResults(Iterable<? extends KeyResult> keyResults) {
      return addAll(this.keyResults, keyResults, "keyResults");
    }

    /** Adds KPIs. */
    @CanIgnoreReturnValue
    public Builder addKpis(Kpi... kpis) {
      return addAll(this.kpis, Arrays.asList(kpis), "kpis");
    }

    /** Adds KPIs. */
    @CanIgnoreReturnValue
    public Builder addAllKpis(Iterable<? extends Kpi> kpis) {
      return addAll(this.kpis, kpis, "kpis");
    }

    /** Adds check-ins. */
    @CanIgnoreReturnValue
    public Builder addCheckIns(CheckIn... checkIns) {
      return addAll(this.checkIns, Arrays.asList(checkIns), "checkIns");
    }

    /** Adds check-ins. */
    @CanIgnoreReturnValue
    public Builder addAllCheckIns(Iterable<? extends CheckIn> checkIns) {
      return addAll(this.checkIns, checkIns, "checkIns");
    }

    /** Replaces everything in this builder with the contents of {@code plan}. */
    @CanIgnoreReturnValue
    public Builder from(Plan plan) {
      period = plan.period;
      name = plan.name.orElse(null);
      owners.clear();
      owners.addAll(plan.owners.values());
      objectives.clear();
      objectives.addAll(plan.objectives.values());
      keyResults.clear();
      keyResults.addAll(plan.keyResults.values());
      kpis.clear();
      kpis.addAll(plan.kpis.values());
      checkIns.clear();
      checkIns.addAll(plan.checkIns);
      return this;
    }

    /**
     * Every problem the plan would have, in the order {@link PlanValidationException#problems()}
     * gives them; empty when {@link #build()} would succeed.
     */
    public ImmutableList<Problem> problems() {
      return PlanValidator.validate(period, owners, objectives, keyResults, kpis, checkIns);
    }

    /**
     * The plan.
     *
     * @throws PlanValidationException listing every problem, if the parts do not make a valid plan
     */
    public Plan build() {
      List<Problem> problems = problems();
      if (!problems.isEmpty()) {
        throw new PlanValidationException(problems);
      }
      return new Plan(
          requireNonNull(period),
          Optional.ofNullable(name),
          byId(owners, Owner::id),
          byId(objectives, Objective::id),
          byId(keyResults, KeyResult::id),
          byId(kpis, Kpi::id),
          ImmutableList.copyOf(checkIns));
    }

    private static <T> ImmutableMap<String, T> byId(List<T> values, Function<T, String> id) {
      ImmutableMap.Builder<String, T> b = ImmutableMap.builderWithExpectedSize(values.size());
      for (T v : values) {
        b.put(id.apply(v), v);
      }
      return b.buildOrThrow();
    }

    private <T> Builder addAll(List<T> list, Iterable<? extends T> values, String what) {
      requireNonNull(values, what);
      int i = list.size();
      for (T v : values) {
        list.add(requireNonNull(v, what + "[" + i + "]"));
        i++;
      }
      return this;
    }
  }
}
