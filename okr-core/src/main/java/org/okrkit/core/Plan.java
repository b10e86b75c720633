package org.okrkit.core;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.internal.CheckInContext;
import org.okrkit.core.internal.IdIndex;
import org.okrkit.core.internal.PersistentVector;
import org.okrkit.core.internal.PlanAccess;
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
 * <p><b>History.</b> Check-ins form a stream: {@link #withCheckIn} appends in time logarithmic in the
 * number of check-ins, copying only the element's own list, and follows the rules on {@link
 * CheckIn} for out-of-order, same-day, duplicate and correcting check-ins; {@link #checkIns()} keeps
 * every check-in ever recorded, in order of arrival. A change to a key result's or KPI's target,
 * weight or contributions in the middle of the period is a {@link Revision}: {@link #revise} records
 * it with its date, reason and author beside the original definition. The element accessors
 * ({@link #keyResult}, {@link #kpis()}, …) give the definitions with every revision applied, {@link
 * #asOf(LocalDate)} those in force on a date, {@link #original()} those before any revision. The
 * {@code with…} methods, by contrast, edit the original definitions, as if they had always been so:
 * use them to build a plan up or correct a mistake, and revisions to record a change of mind.
 *
 * <p>Two plans are equal when they have the same period, name, owners, original elements (whatever
 * their order), revisions, and check-ins per element in the same order of arrival.
 */
public final class Plan {
  private final Period period;
  private final Optional<String> name;
  private final ImmutableList<Owner> owners;
  private final ImmutableList<Objective> objectives;
  /** The original definitions, before any revision. */
  private final ImmutableList<KeyResult> baseKeyResults;
  private final ImmutableList<Kpi> baseKpis;
  /** Revisions by date; same-day ones in the order recorded. */
  private final ImmutableList<Revision> revisions;
  /** The definitions with every revision applied: what the queries answer with. */
  private final ImmutableList<KeyResult> keyResults;
  private final ImmutableList<Kpi> kpis;
  /** Every check-in, in order of arrival. */
  private final PersistentVector<CheckIn> checkIns;
  /**
   * The position of every id: owners, then objectives, key results and KPIs, as in the lists above.
   * A key result's or KPI's position less {@link #measuredFrom} is its slot in {@link #logs}.
   */
  private final IdIndex index;

  private final int measuredFrom;
  private final PersistentVector<CheckInLog> logs;

  private final Supplier<ImmutableListMultimap<String, KeyResult>> keyResultsByObjective;
  private final Supplier<ImmutableListMultimap<String, Contributor>> contributorsByKeyResult;
  private final Supplier<ImmutableListMultimap<String, Objective>> objectivesByParent;
  /** Objectives under an objective, directly or through one of its key results. */
  private final Supplier<ImmutableListMultimap<String, Objective>> childrenByObjective;
  private final Supplier<ImmutableListMultimap<String, Objective>> objectivesByOwner;
  private final Supplier<ImmutableListMultimap<String, Kpi>> kpisByOwner;
  private final Supplier<ImmutableListMultimap<String, Owner>> ownersByParent;
  /** The ids of the elements whose target was revised. */
  private final Supplier<ImmutableSet<String>> revisedTargets;
  /** Structures other modules derive from the plan's structure, shared across check-in appends. */
  private final java.util.concurrent.ConcurrentHashMap<Object, Object> derived;

  static {
    PlanAccess.install(
        new PlanAccess() {
          @Override
          @SuppressWarnings("unchecked")
          public <T> T derived(Plan plan, Object key, Function<Plan, T> compute) {
            Object value = plan.derived.get(key);
            if (value == null) {
              // computed outside the map's lock: a structure may be large; a race computes twice
              value = compute.apply(plan);
              Object first = plan.derived.putIfAbsent(key, value);
              if (first != null) {
                value = first;
              }
            }
            return (T) value;
          }

          @Override
          public List<CheckIn> checkIns(Plan plan, int position) {
            return plan.logs.get(position).effective;
          }

          @Override
          public IdIndex ids(Plan plan) {
            return plan.index;
          }
        });
  }

  private Plan(
      Period period,
      Optional<String> name,
      ImmutableList<Owner> owners,
      ImmutableList<Objective> objectives,
      ImmutableList<KeyResult> baseKeyResults,
      ImmutableList<Kpi> baseKpis,
      ImmutableList<Revision> revisions,
      PersistentVector<CheckIn> checkIns,
      IdIndex index,
      PersistentVector<CheckInLog> logs) {
    this.period = period;
    this.name = name;
    this.owners = owners;
    this.objectives = objectives;
    this.baseKeyResults = baseKeyResults;
    this.baseKpis = baseKpis;
    this.revisions = revisions;
    this.index = index;
    this.measuredFrom = owners.size() + objectives.size();
    this.keyResults =
        revisions.isEmpty() ? baseKeyResults : revised(baseKeyResults, measuredFrom, revisions);
    this.kpis =
        revisions.isEmpty()
            ? baseKpis
            : revised(baseKpis, measuredFrom + baseKeyResults.size(), revisions);
    this.checkIns = checkIns;
    this.logs = logs;
    this.keyResultsByObjective =
        Suppliers.memoize(() -> index(keyResults, KeyResult::objective));
    this.contributorsByKeyResult = Suppliers.memoize(this::indexContributors);
    this.objectivesByParent =
        Suppliers.memoize(
            () -> {
              ImmutableListMultimap.Builder<String, Objective> b = ImmutableListMultimap.builder();
              for (Objective o : objectives) {
                o.parent().ifPresent(p -> b.put(p, o));
              }
              return b.build();
            });
    this.childrenByObjective =
        Suppliers.memoize(
            () -> {
              ImmutableListMultimap.Builder<String, Objective> b = ImmutableListMultimap.builder();
              for (Objective o : objectives) {
                o.parent()
                    .map(
                        p -> {
                          KeyResult k = findKeyResult(p);
                          return k == null ? p : k.objective();
                        })
                    .ifPresent(p -> b.put(p, o));
              }
              return b.build();
            });
    this.objectivesByOwner = Suppliers.memoize(() -> index(objectives, Objective::owner));
    this.kpisByOwner = Suppliers.memoize(() -> index(kpis, Kpi::owner));
    this.ownersByParent =
        Suppliers.memoize(
            () -> {
              ImmutableListMultimap.Builder<String, Owner> b = ImmutableListMultimap.builder();
              for (Owner o : owners) {
                o.parent().ifPresent(p -> b.put(p, o));
              }
              return b.build();
            });
    this.derived = new java.util.concurrent.ConcurrentHashMap<>();
    this.revisedTargets =
        Suppliers.memoize(
            () ->
                revisions.stream()
                    .filter(r -> r.kind() == Revision.Kind.TARGET)
                    .map(Revision::element)
                    .collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * {@code template} with other check-ins: everything else, revised definitions and lazily built
   * indexes included, is shared, so that appending a check-in costs no more than the check-in.
   */
  private Plan(Plan template, PersistentVector<CheckIn> checkIns, PersistentVector<CheckInLog> logs) {
    this.period = template.period;
    this.name = template.name;
    this.owners = template.owners;
    this.objectives = template.objectives;
    this.baseKeyResults = template.baseKeyResults;
    this.baseKpis = template.baseKpis;
    this.revisions = template.revisions;
    this.keyResults = template.keyResults;
    this.kpis = template.kpis;
    this.checkIns = checkIns;
    this.index = template.index;
    this.measuredFrom = template.measuredFrom;
    this.logs = logs;
    this.keyResultsByObjective = template.keyResultsByObjective;
    this.contributorsByKeyResult = template.contributorsByKeyResult;
    this.objectivesByParent = template.objectivesByParent;
    this.childrenByObjective = template.childrenByObjective;
    this.objectivesByOwner = template.objectivesByOwner;
    this.kpisByOwner = template.kpisByOwner;
    this.ownersByParent = template.ownersByParent;
    this.revisedTargets = template.revisedTargets;
    this.derived = template.derived;
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
    return owners;
  }

  /** The objectives, in the order added. */
  public ImmutableList<Objective> objectives() {
    return objectives;
  }

  /** The key results with every revision applied, in the order added. */
  public ImmutableList<KeyResult> keyResults() {
    return keyResults;
  }

  /** The KPIs with every revision applied, in the order added. */
  public ImmutableList<Kpi> kpis() {
    return kpis;
  }

  /**
   * Every check-in ever recorded, in order of arrival: the audit trail, including check-ins that a
   * correction replaced and the corrections themselves. Duplicates were not recorded twice.
   */
  public List<CheckIn> checkIns() {
    return checkIns;
  }

  /** Every revision, by date; revisions of the same day in the order recorded. */
  public ImmutableList<Revision> revisions() {
    return revisions;
  }

  /** The owner with this id, if there is one. */
  public Optional<Owner> owner(String id) {
    return Optional.ofNullable(findOwner(requireNonNull(id, "id")));
  }

  /** The objective with this id, if there is one. */
  public Optional<Objective> objective(String id) {
    return Optional.ofNullable(findObjective(requireNonNull(id, "id")));
  }

  /** The key result with this id, with every revision applied, if there is one. */
  public Optional<KeyResult> keyResult(String id) {
    return Optional.ofNullable(findKeyResult(requireNonNull(id, "id")));
  }

  /** The KPI with this id, with every revision applied, if there is one. */
  public Optional<Kpi> kpi(String id) {
    return Optional.ofNullable(findKpi(requireNonNull(id, "id")));
  }

  /** The objective, key result or KPI with this id, if there is one. */
  public Optional<Element> element(String id) {
    return Optional.ofNullable(findElement(requireNonNull(id, "id")));
  }

  // ------------------------------------------------------------------ history

  /**
   * This plan with only the revisions made on or before {@code date} applied: the definitions in
   * force at the end of that day. Check-ins are kept as they are.
   */
  public Plan asOf(LocalDate date) {
    requireNonNull(date, "date");
    int kept = 0;
    while (kept < revisions.size() && !revisions.get(kept).date().isAfter(date)) {
      kept++;
    }
    if (kept == revisions.size()) {
      return this;
    }
    return new Plan(
        period, name, owners, objectives, baseKeyResults, baseKpis, revisions.subList(0, kept),
        checkIns, index, logs);
  }

  /** This plan as first defined, before any revision. */
  public Plan original() {
    return revisions.isEmpty()
        ? this
        : new Plan(
            period, name, owners, objectives, baseKeyResults, baseKpis, ImmutableList.of(),
            checkIns, index, logs);
  }

  /**
   * The revisions of a key result or KPI, by date.
   *
   * @throws UnknownIdException if the plan has no key result or KPI {@code elementId}
   */
  public ImmutableList<Revision> revisionsOf(String elementId) {
    requireMeasured(elementId);
    return revisions.stream()
        .filter(r -> r.element().equals(elementId))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * This plan with {@code revision} recorded: from its date the element has the new target, weight
   * or contributions, and the old definition stays in the history.
   *
   * @throws PlanValidationException if the revision is invalid for this plan
   */
  public Plan revise(Revision revision) {
    requireNonNull(revision, "revision");
    List<Revision> all = new ArrayList<>(revisions);
    all.add(revision);
    return changed(owners, objectives, baseKeyResults, baseKpis, all, checkIns);
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
    if (findKeyResult(id) != null) {
      return objectivesByParent.get().get(id);
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
      ownerId = requireNonNull(findObjective(((KeyResult) e).objective())).owner();
    } else {
      ownerId = ((Objective) e).owner();
    }
    return requireNonNull(findOwner(ownerId));
  }

  /**
   * The check-ins of a key result or KPI that count, by date; check-ins of the same date keep the
   * order in which they arrived. A check-in replaced by a correction is left out; see {@link
   * #historyOf} for all of them.
   *
   * @throws UnknownIdException if the plan has no key result or KPI {@code elementId}
   */
  public ImmutableList<CheckIn> checkInsOf(String elementId) {
    return log(elementId).effective;
  }

  /**
   * Every check-in recorded for a key result or KPI, in order of arrival, corrected ones included:
   * the element's audit trail.
   *
   * @throws UnknownIdException if the plan has no key result or KPI {@code elementId}
   */
  public ImmutableList<CheckIn> historyOf(String elementId) {
    return log(elementId).history;
  }

  /**
   * The element's last check-in that counts on or before {@code asOf}: the latest date, and of
   * several on that date the one recorded last. For a milestone target this is the last report on
   * any milestone; use {@link #valueAsOf} for its progress.
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
   * latest check-in}; for a milestone target (the one in force on {@code asOf}), the weighted share of
   * milestones whose latest report says done, from 0 to 1. Empty when nothing was reported on or
   * before {@code asOf}.
   *
   * @throws UnknownIdException if the plan has no key result or KPI {@code elementId}
   */
  public OptionalDouble valueAsOf(String elementId, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    List<CheckIn> all = checkInsOf(elementId);
    int last = lastOnOrBefore(all, asOf);
    if (last < 0) {
      return OptionalDouble.empty();
    }
    Target target = targetAt(elementId, asOf);
    if (target.kind() != Target.Kind.MILESTONES) {
      return OptionalDouble.of(all.get(last).value());
    }
    Map<String, Double> latest = new HashMap<>();
    Function<CheckIn, String> slot = slotter(elementId);
    for (CheckIn c : all.subList(0, last + 1)) {
      // a check-in names its milestone by the target in force on its own date
      latest.put(slot.apply(c), c.value());
    }
    double done = 0;
    for (Milestone m : target.milestones()) {
      if (latest.getOrDefault(m.name(), 0.0) == 1.0) {
        done += m.weight();
      }
    }
    return OptionalDouble.of(done / target.totalMilestoneWeight());
  }

  /**
   * The target of a key result or KPI in force at the end of {@code date}: the original one, or
   * that of the latest target revision dated on or before it.
   *
   * @throws UnknownIdException if the plan has no key result or KPI {@code elementId}
   */
  public Target targetAt(String elementId, LocalDate date) {
    requireNonNull(date, "date");
    MeasuredElement base = baseMeasured(elementId);
    Target target = base.target();
    for (Revision r : revisions) {
      if (r.date().isAfter(date)) {
        break;
      }
      if (r.kind() == Revision.Kind.TARGET && r.element().equals(elementId)) {
        target = r.target().orElseThrow();
      }
    }
    return target;
  }

  // ------------------------------------------------------------------ changes

  /**
   * This plan with {@code owner} added, or replacing the owner of the same id.
   *
   * @throws PlanValidationException if the result would be invalid
   */
  public Plan withOwner(Owner owner) {
    return changed(
        put(owners, owner, Owner::id), objectives, baseKeyResults, baseKpis, revisions, checkIns);
  }

  /**
   * This plan with {@code objective} added, or replacing the objective of the same id.
   *
   * @throws PlanValidationException if the result would be invalid
   */
  public Plan withObjective(Objective objective) {
    return changed(
        owners, put(objectives, objective, Objective::id), baseKeyResults, baseKpis, revisions,
        checkIns);
  }

  /**
   * This plan with {@code keyResult} added, or replacing the original definition of the key result
   * of the same id; its revisions, if any, still apply on top.
   *
   * @throws PlanValidationException if the result would be invalid
   */
  public Plan withKeyResult(KeyResult keyResult) {
    return changed(
        owners, objectives, put(baseKeyResults, keyResult, KeyResult::id), baseKpis, revisions,
        checkIns);
  }

  /**
   * This plan with {@code kpi} added, or replacing the original definition of the KPI of the same
   * id; its revisions, if any, still apply on top.
   *
   * @throws PlanValidationException if the result would be invalid
   */
  public Plan withKpi(Kpi kpi) {
    return changed(
        owners, objectives, baseKeyResults, put(baseKpis, kpi, Kpi::id), revisions, checkIns);
  }

  /**
   * This plan with one more check-in, following the rules on {@link CheckIn}: a duplicate gives back
   * this plan unchanged. Only the new check-in is checked, and only its element's lists are copied.
   *
   * @throws PlanValidationException if the check-in is invalid for this plan
   */
  public Plan withCheckIn(CheckIn checkIn) {
    requireNonNull(checkIn, "checkIn");
    int slot = slot(checkIn.element());
    if (slot >= 0 && logs.get(slot).records(checkIn)) {
      return this;
    }
    List<Problem> problems =
        PlanValidator.validateCheckIn(checkIn, checkIns.size(), period, checkInContext());
    if (!problems.isEmpty()) {
      throw new PlanValidationException(problems);
    }
    return new Plan(
        this,
        checkIns.append(checkIn),
        logs.with(slot, logs.get(slot).plus(checkIn, slotter(checkIn.element()))));
  }

  /**
   * This plan with more check-ins, after the existing ones, in the order given, as if each were
   * added by {@link #withCheckIn}.
   *
   * @throws PlanValidationException listing the invalid ones, if any is invalid; none is added then
   */
  public Plan withCheckIns(Iterable<CheckIn> more) {
    Plan plan = this;
    List<Problem> problems = new ArrayList<>();
    for (CheckIn c : more) {
      try {
        plan = plan.withCheckIn(c);
      } catch (PlanValidationException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new PlanValidationException(problems);
    }
    return plan;
  }

  /**
   * This plan without the owner or element of this id; a removed key result or KPI takes its
   * revisions and check-ins with it. Nothing else is removed: if other parts refer to the id, the
   * result is invalid and the exception lists them.
   *
   * @throws UnknownIdException if the plan holds nothing with this id
   * @throws PlanValidationException if anything else refers to the removed id
   */
  public Plan without(String id) {
    requireNonNull(id, "id");
    if (index.find(id) < 0) {
      throw new UnknownIdException(id, "owner, objective, key result or KPI");
    }
    List<CheckIn> keptCheckIns = checkIns;
    List<Revision> keptRevisions = revisions;
    if (slot(id) >= 0) {
      keptCheckIns =
          checkIns.stream().filter(c -> !c.element().equals(id)).collect(Collectors.toList());
      keptRevisions =
          revisions.stream().filter(r -> !r.element().equals(id)).collect(Collectors.toList());
    }
    return changed(
        remove(owners, id, Owner::id),
        remove(objectives, id, Objective::id),
        remove(baseKeyResults, id, KeyResult::id),
        remove(baseKpis, id, Kpi::id),
        keptRevisions,
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
        && owners.size() == that.owners.size()
        && objectives.size() == that.objectives.size()
        && baseKeyResults.size() == that.baseKeyResults.size()
        && baseKpis.size() == that.baseKpis.size()
        && sameParts(that)
        && revisions.equals(that.revisions)
        && histories().equals(that.histories());
  }

  @Override
  public int hashCode() {
    // the sum of the parts' hashes: the same whatever their order, as equality is
    int parts = 0;
    for (List<?> list : List.of(owners, objectives, baseKeyResults, baseKpis)) {
      for (Object part : list) {
        parts += part.hashCode();
      }
    }
    return Objects.hash(period, name, parts, revisions, histories());
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
        + (revisions.isEmpty() ? "" : ", " + count(revisions.size(), "revision"))
        + "]";
  }

  // ------------------------------------------------------------------ internals

  /** Each measured element's audit trail, keyed by id: what equality compares of check-ins. */
  private Map<String, ImmutableList<CheckIn>> histories() {
    Map<String, ImmutableList<CheckIn>> byId = new HashMap<>();
    for (int slot = 0; slot < logs.size(); slot++) {
      ImmutableList<CheckIn> history = logs.get(slot).history;
      if (!history.isEmpty()) {
        byId.put(index.id(measuredFrom + slot), history);
      }
    }
    return byId;
  }

  private Plan changed(
      ImmutableList<Owner> owners,
      ImmutableList<Objective> objectives,
      ImmutableList<KeyResult> baseKeyResults,
      ImmutableList<Kpi> baseKpis,
      List<Revision> revisions,
      List<CheckIn> checkIns) {
    PlanValidator.Result checked =
        PlanValidator.check(period, owners, objectives, baseKeyResults, baseKpis, revisions, checkIns);
    if (!checked.problems().isEmpty()) {
      throw new PlanValidationException(checked.problems());
    }
    return assemble(
        period, name, owners, objectives, baseKeyResults, baseKpis, revisions, checkIns, checked);
  }

  /**
   * A plan from validated parts: orders the revisions and files the check-ins by element, using the
   * index that validation built.
   */
  private static Plan assemble(
      Period period,
      Optional<String> name,
      ImmutableList<Owner> owners,
      ImmutableList<Objective> objectives,
      ImmutableList<KeyResult> baseKeyResults,
      ImmutableList<Kpi> baseKpis,
      List<Revision> revisions,
      List<CheckIn> checkIns,
      PlanValidator.Result checked) {
    // a stable sort keeps same-day revisions in the order they were recorded
    ImmutableList<Revision> byDate =
        revisions.stream()
            .sorted(Comparator.comparing(Revision::date))
            .collect(ImmutableList.toImmutableList());
    IdIndex index = checked.index();
    int measuredFrom = owners.size() + objectives.size();
    int next = baseKeyResults.size() + baseKpis.size();
    if (checkIns.isEmpty()) {
      CheckInLog[] empty = new CheckInLog[next];
      Arrays.fill(empty, CheckInLog.EMPTY);
      return new Plan(
          period, name, owners, objectives, baseKeyResults, baseKpis, byDate,
          PersistentVector.empty(), index, PersistentVector.copyOf(Arrays.asList(empty)));
    }
    // file the check-ins by element, in order of arrival, as withCheckIn would one by one
    int[] counts = new int[next];
    int[] slotOf = new int[checkIns.size()];
    for (int i = 0, n = checkIns.size(); i < n; i++) {
      int slot = checked.checkInPosition(i) - measuredFrom;
      slotOf[i] = slot;
      counts[slot]++;
    }
    CheckIn[][] byElement = new CheckIn[next][];
    for (int s = 0; s < next; s++) {
      byElement[s] = new CheckIn[counts[s]];
      counts[s] = 0;
    }
    int i = 0;
    for (CheckIn c : checkIns) {
      int slot = slotOf[i++];
      byElement[slot][counts[slot]++] = c;
    }
    Plan plan =
        new Plan(
            period, name, owners, objectives, baseKeyResults, baseKpis, byDate,
            PersistentVector.empty(), index, PersistentVector.empty());
    CheckInLog[] logs = new CheckInLog[next];
    int recorded = 0;
    for (int s = 0; s < next; s++) {
      if (byElement[s].length == 0) {
        logs[s] = CheckInLog.EMPTY;
        continue;
      }
      MeasuredElement base =
          s < baseKeyResults.size() ? baseKeyResults.get(s) : baseKpis.get(s - baseKeyResults.size());
      logs[s] = CheckInLog.of(byElement[s], plan.slotter(base.id(), base));
      recorded += logs[s].history.size();
    }
    PersistentVector<CheckIn> arrivals;
    if (recorded == checkIns.size()) {
      // no duplicate: the stream is the check-ins as given, shared when it already is a vector
      arrivals =
          checkIns instanceof PersistentVector
              ? (PersistentVector<CheckIn>) checkIns
              : PersistentVector.copyOf(checkIns);
    } else {
      List<CheckIn> kept = new ArrayList<>(recorded);
      CheckInLog[] seen = new CheckInLog[next];
      Arrays.fill(seen, CheckInLog.EMPTY);
      for (int k = 0; k < checkIns.size(); k++) {
        CheckIn c = checkIns.get(k);
        int s = slotOf[k];
        if (!seen[s].records(c)) {
          seen[s] = seen[s].plus(c, plan.slotter(c.element()));
          kept.add(c);
        }
      }
      arrivals = PersistentVector.copyOf(kept);
    }
    return new Plan(
        period, name, owners, objectives, baseKeyResults, baseKpis, byDate, arrivals, index,
        PersistentVector.copyOf(Arrays.asList(logs)));
  }

  /**
   * The definitions of {@code base}, whose first id has position {@code from} in the index, with the
   * revisions of their ids applied in date order.
   */
  private <T extends MeasuredElement> ImmutableList<T> revised(
      ImmutableList<T> base, int from, List<Revision> revisions) {
    List<T> current = null;
    for (Revision r : revisions) {
      int i = index.find(r.element()) - from;
      if (i < 0 || i >= base.size()) {
        continue;
      }
      if (current == null) {
        current = new ArrayList<>(base);
      }
      @SuppressWarnings("unchecked")
      T changed = (T) r.applyTo(current.get(i));
      current.set(i, changed);
    }
    return current == null ? base : ImmutableList.copyOf(current);
  }

  /** What checking a new check-in needs to know about this plan. */
  private CheckInContext checkInContext() {
    return new CheckInContext() {
      @Override
      public @Nullable Element element(String id) {
        return Plan.this.element(id).orElse(null);
      }

      @Override
      public boolean isOwner(String id) {
        return findOwner(id) != null;
      }

      @Override
      public Target targetAt(String id, LocalDate date) {
        return Plan.this.targetAt(id, date);
      }

      @Override
      public boolean revised(String id) {
        return revisedTarget(id);
      }

      @Override
      public boolean hasRecorded(CheckIn c) {
        return logs.get(slot(c.element())).hasSlot(c, slotter(c.element()));
      }
    };
  }

  /** The slot of a check-in of {@code elementId}: its milestone, by the target in force that day. */
  private Function<CheckIn, String> slotter(String elementId) {
    return slotter(elementId, baseMeasured(elementId));
  }

  /** {@link #slotter(String)} when the element's original definition is at hand. */
  private Function<CheckIn, String> slotter(String elementId, MeasuredElement base) {
    if (base.target().kind() != Target.Kind.MILESTONES && !revisedTarget(elementId)) {
      // a value target never revised: no check-in names a milestone, so all share one slot
      return PLAIN_SLOT;
    }
    return c -> PlanValidator.slot(c, targetAt(elementId, c.date()));
  }

  private static final Function<CheckIn, String> PLAIN_SLOT = c -> "";

  private boolean revisedTarget(String elementId) {
    return !revisions.isEmpty() && revisedTargets.get().contains(elementId);
  }

  private CheckInLog log(String elementId) {
    int slot = slot(requireNonNull(elementId, "elementId"));
    if (slot < 0) {
      throw new UnknownIdException(elementId, "key result or KPI");
    }
    return logs.get(slot);
  }

  /** {@code list} with {@code value}: in place of the part with its id, or appended. */
  private static <T> ImmutableList<T> put(ImmutableList<T> list, T value, Function<T, String> id) {
    requireNonNull(value, "value");
    String key = id.apply(value);
    List<T> copy = new ArrayList<>(list.size() + 1);
    boolean replaced = false;
    for (T part : list) {
      if (!replaced && id.apply(part).equals(key)) {
        copy.add(value);
        replaced = true;
      } else {
        copy.add(part);
      }
    }
    if (!replaced) {
      copy.add(value);
    }
    return ImmutableList.copyOf(copy);
  }

  /** {@code list} without the part with this id; the same list when there is none. */
  private static <T> ImmutableList<T> remove(ImmutableList<T> list, String key, Function<T, String> id) {
    ImmutableList.Builder<T> kept = ImmutableList.builderWithExpectedSize(list.size());
    boolean removed = false;
    for (T part : list) {
      if (id.apply(part).equals(key)) {
        removed = true;
      } else {
        kept.add(part);
      }
    }
    return removed ? kept.build() : list;
  }

  /**
   * Whether {@code that} holds an equal part for each part of this plan; with equal counts of each
   * kind, the parts are then the same, whatever their order.
   */
  private boolean sameParts(Plan that) {
    List<List<?>> mine = List.of(owners, objectives, baseKeyResults, baseKpis);
    List<List<?>> theirs = List.of(that.owners, that.objectives, that.baseKeyResults, that.baseKpis);
    int from = 0;
    int thatFrom = 0;
    for (int kind = 0; kind < 4; kind++) {
      List<?> list = mine.get(kind);
      List<?> other = theirs.get(kind);
      for (int i = 0; i < list.size(); i++) {
        String id = index.id(from + i);
        int j = that.index.find(id) - thatFrom;
        if (j < 0 || j >= other.size() || !list.get(i).equals(other.get(j))) {
          return false;
        }
      }
      from += list.size();
      thatFrom += other.size();
    }
    return true;
  }

  private @Nullable Owner findOwner(String id) {
    int p = index.find(id);
    return p >= 0 && p < owners.size() ? owners.get(p) : null;
  }

  private @Nullable Objective findObjective(String id) {
    int p = index.find(id) - owners.size();
    return p >= 0 && p < objectives.size() ? objectives.get(p) : null;
  }

  /** The slot of a key result or KPI in {@link #logs}, or -1 when {@code id} is neither. */
  private int slot(String id) {
    int p = index.find(id);
    int slot = p - measuredFrom;
    return p >= 0 && slot >= 0 ? slot : -1;
  }

  private @Nullable KeyResult findKeyResult(String id) {
    int s = slot(id);
    return s >= 0 && s < keyResults.size() ? keyResults.get(s) : null;
  }

  private @Nullable Kpi findKpi(String id) {
    int s = slot(id);
    return s >= keyResults.size() ? kpis.get(s - keyResults.size()) : null;
  }

  private @Nullable Element findElement(String id) {
    int p = index.find(id);
    if (p < owners.size()) {
      return null;
    }
    if (p < measuredFrom) {
      return objectives.get(p - owners.size());
    }
    int s = p - measuredFrom;
    return s < keyResults.size() ? keyResults.get(s) : kpis.get(s - keyResults.size());
  }

  private @Nullable MeasuredElement findMeasured(String id) {
    int s = slot(id);
    return s < 0 ? null : s < keyResults.size() ? keyResults.get(s) : kpis.get(s - keyResults.size());
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
    for (Kpi k : kpis) {
      for (Contribution c : k.contributions()) {
        b.put(c.keyResult(), Contributor.of(k, c.weight()));
      }
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
    Owner o = findOwner(requireNonNull(id, "id"));
    if (o == null) {
      throw new UnknownIdException(id, "owner");
    }
    return o;
  }

  private Objective requireObjective(String id) {
    return requireObjective(id, "objective");
  }

  private Objective requireObjective(String id, String expected) {
    Objective o = findObjective(requireNonNull(id, "id"));
    if (o == null) {
      throw new UnknownIdException(id, expected);
    }
    return o;
  }

  private KeyResult requireKeyResult(String id) {
    KeyResult k = findKeyResult(requireNonNull(id, "id"));
    if (k == null) {
      throw new UnknownIdException(id, "key result");
    }
    return k;
  }

  private MeasuredElement requireMeasured(String id) {
    MeasuredElement e = findMeasured(requireNonNull(id, "id"));
    if (e == null) {
      throw new UnknownIdException(id, "key result or KPI");
    }
    return e;
  }

  private MeasuredElement baseMeasured(String id) {
    int s = slot(requireNonNull(id, "elementId"));
    MeasuredElement e =
        s < 0 ? null : s < baseKeyResults.size() ? baseKeyResults.get(s) : baseKpis.get(s - baseKeyResults.size());
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
    private final List<Revision> revisions = new ArrayList<>();
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

    /** Adds key results, as originally defined. */
    @CanIgnoreReturnValue
    public Builder addKeyResults(KeyResult... keyResults) {
      return addAll(this.keyResults, Arrays.asList(keyResults), "keyResults");
    }

    /** Adds key results, as originally defined. */
    @CanIgnoreReturnValue
    public Builder addAllKeyResults(Iterable<? extends KeyResult> keyResults) {
      return addAll(this.keyResults, keyResults, "keyResults");
    }

    /** Adds KPIs, as originally defined. */
    @CanIgnoreReturnValue
    public Builder addKpis(Kpi... kpis) {
      return addAll(this.kpis, Arrays.asList(kpis), "kpis");
    }

    /** Adds KPIs, as originally defined. */
    @CanIgnoreReturnValue
    public Builder addAllKpis(Iterable<? extends Kpi> kpis) {
      return addAll(this.kpis, kpis, "kpis");
    }

    /** Adds revisions. */
    @CanIgnoreReturnValue
    public Builder addRevisions(Revision... revisions) {
      return addAll(this.revisions, Arrays.asList(revisions), "revisions");
    }

    /** Adds revisions. */
    @CanIgnoreReturnValue
    public Builder addAllRevisions(Iterable<? extends Revision> revisions) {
      return addAll(this.revisions, revisions, "revisions");
    }

    /** Adds check-ins, in order of arrival. */
    @CanIgnoreReturnValue
    public Builder addCheckIns(CheckIn... checkIns) {
      return addAll(this.checkIns, Arrays.asList(checkIns), "checkIns");
    }

    /** Adds check-ins, in order of arrival. */
    @CanIgnoreReturnValue
    public Builder addAllCheckIns(Iterable<? extends CheckIn> checkIns) {
      return addAll(this.checkIns, checkIns, "checkIns");
    }

    /**
     * Replaces everything in this builder with the contents of {@code plan}: its original
     * definitions, its revisions and its check-ins in order of arrival.
     */
    @CanIgnoreReturnValue
    public Builder from(Plan plan) {
      period = plan.period;
      name = plan.name.orElse(null);
      owners.clear();
      owners.addAll(plan.owners);
      objectives.clear();
      objectives.addAll(plan.objectives);
      keyResults.clear();
      keyResults.addAll(plan.baseKeyResults);
      kpis.clear();
      kpis.addAll(plan.baseKpis);
      revisions.clear();
      revisions.addAll(plan.revisions);
      checkIns.clear();
      checkIns.addAll(plan.checkIns);
      return this;
    }

    /**
     * Every problem the plan would have, in the order {@link PlanValidationException#problems()}
     * gives them; empty when {@link #build()} would succeed.
     */
    public ImmutableList<Problem> problems() {
      return PlanValidator.validate(
          period, owners, objectives, keyResults, kpis, revisions, checkIns);
    }

    /**
     * The plan.
     *
     * @throws PlanValidationException listing every problem, if the parts do not make a valid plan
     */
    public Plan build() {
      ImmutableList<Owner> owners = ImmutableList.copyOf(this.owners);
      ImmutableList<Objective> objectives = ImmutableList.copyOf(this.objectives);
      ImmutableList<KeyResult> keyResults = ImmutableList.copyOf(this.keyResults);
      ImmutableList<Kpi> kpis = ImmutableList.copyOf(this.kpis);
      PlanValidator.Result checked =
          PlanValidator.check(period, owners, objectives, keyResults, kpis, revisions, checkIns);
      if (!checked.problems().isEmpty()) {
        throw new PlanValidationException(checked.problems());
      }
      return assemble(
          requireNonNull(period),
          Optional.ofNullable(name),
          owners,
          objectives,
          keyResults,
          kpis,
          revisions,
          checkIns,
          checked);
    }

    private <T> Builder addAll(List<T> list, Iterable<? extends T> values, String what) {
      requireNonNull(values, what);
      int i = list.size();
      for (T v : values) {
        if (v == null) {
          throw new NullPointerException(what + "[" + i + "]");
        }
        list.add(v);
        i++;
      }
      return this;
    }
  }
}
