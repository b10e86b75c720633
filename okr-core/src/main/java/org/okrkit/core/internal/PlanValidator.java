package org.okrkit.core.internal;

import static java.util.Objects.requireNonNull;
import static org.okrkit.core.internal.Checks.number;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.Element;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Location;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Problem;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;

/**
 * Checks a whole plan and reports every problem with its path. Problems come per collection in plan
 * order (owners, objectives, key results, KPIs, revisions, check-ins), then the cycles. Cycle
 * detection walks parent chains iteratively, so a hierarchy of any depth is safe.
 *
 * <p>Plans are large and nearly always valid, so the checks allocate nothing on the way: a cursor
 * names the part being checked, and a path is written only when a problem is reported.
 */
public final class PlanValidator {
  private final @Nullable Period period;
  private final List<Owner> owners;
  private final List<Objective> objectives;
  private final List<KeyResult> keyResults;
  private final List<Kpi> kpis;
  private final List<Revision> revisions;
  private final List<CheckIn> checkIns;
  private final List<Problem> problems = new ArrayList<>();

  /** Every id: owners, then objectives, key results and KPIs; an id found again is at its first. */
  private final IdIndex ids;

  /** The part at each position of {@link #ids} when its id is valid and first used there. */
  private final @Nullable Object[] holders;

  /** The first position of each id found again, by the position where it is found again. */
  private final Map<Integer, Integer> repeats = new HashMap<>();

  /** The position of each check-in's element in {@link #ids}, or -1 when there is none. */
  private final int[] checkInPositions;

  /**
   * Where each reference points, as a position in {@link #ids} (-1 for none or unknown): found once
   * here, kept by a valid plan's structure.
   */
  private final int[] ownerParents;

  private final int[] objectiveOwners;
  private final int[] objectiveParents;
  private final int[] keyResultObjectives;
  private final int[] kpiOwners;

  /** KPI p's contributions are at contributionStart[p] .. contributionStart[p + 1]. */
  private final int[] contributionStart;

  private int[] contributionTargets;

  /** Target revisions found valid, by element: check-ins are judged against them. */
  private final Map<String, List<Revision>> targetRevisions = new HashMap<>();

  /** The part being checked: its collection, id and position; paths are made from it on demand. */
  private String collection = "";

  private String id = "";
  private int index;

  private void targetProblem(String message) {
    report(at("target"), message);
  }

  private PlanValidator(
      @Nullable Period period,
      List<Owner> owners,
      List<Objective> objectives,
      List<KeyResult> keyResults,
      List<Kpi> kpis,
      List<Revision> revisions,
      List<CheckIn> checkIns) {
    this.period = period;
    this.owners = owners;
    this.objectives = objectives;
    this.keyResults = keyResults;
    this.kpis = kpis;
    this.revisions = revisions;
    this.checkIns = checkIns;
    this.ids = IdIndex.of(PlanValidator::idOf, repeats::put, owners, objectives, keyResults, kpis);
    this.holders = new Object[ids.size()];
    this.checkInPositions = new int[checkIns.size()];
    this.ownerParents = new int[owners.size()];
    this.objectiveOwners = new int[objectives.size()];
    this.objectiveParents = new int[objectives.size()];
    this.keyResultObjectives = new int[keyResults.size()];
    this.kpiOwners = new int[kpis.size()];
    this.contributionStart = new int[kpis.size() + 1];
    this.contributionTargets = new int[kpis.size() + kpis.size() / 2];
  }

  /** What checking a whole plan found, and the index it built, for the plan to keep when valid. */
  public static final class Result {
    private final ImmutableList<Problem> problems;
    private final IdIndex index;
    private final int[] checkInPositions;
    private final PlanValidator validator;

    private Result(PlanValidator v) {
      this.problems = ImmutableList.copyOf(v.problems);
      this.index = v.ids;
      this.checkInPositions = v.checkInPositions;
      this.validator = v;
    }

    /** The position in {@link #index()} of owner {@code w}'s parent, or -1. */
    public int ownerParent(int w) {
      return validator.ownerParents[w];
    }

    /** The position in {@link #index()} of objective {@code o}'s owner. */
    public int objectiveOwner(int o) {
      return validator.objectiveOwners[o];
    }

    /** The position in {@link #index()} of objective {@code o}'s parent, or -1. */
    public int objectiveParent(int o) {
      return validator.objectiveParents[o];
    }

    /** The position in {@link #index()} of key result {@code k}'s objective. */
    public int keyResultObjective(int k) {
      return validator.keyResultObjectives[k];
    }

    /** The position in {@link #index()} of KPI {@code p}'s owner. */
    public int kpiOwner(int p) {
      return validator.kpiOwners[p];
    }

    /**
     * The position in {@link #index()} of the key result of KPI {@code p}'s contribution {@code c}.
     */
    public int contribution(int p, int c) {
      return validator.contributionTargets[validator.contributionStart[p] + c];
    }

    /** Every problem, in order; empty when the plan is valid. */
    public ImmutableList<Problem> problems() {
      return problems;
    }

    /**
     * The ids of owners, objectives, key results and KPIs, in that order: when the plan is valid,
     * each exactly once.
     */
    public IdIndex index() {
      return index;
    }

    /** The position in {@link #index()} of the element of the check-in at {@code i}. */
    public int checkInPosition(int i) {
      return checkInPositions[i];
    }
  }

  /** Checks the plan made of these parts: {@link #validate}, with the index built on the way. */
  public static Result check(
      @Nullable Period period,
      List<Owner> owners,
      List<Objective> objectives,
      List<KeyResult> keyResults,
      List<Kpi> kpis,
      List<Revision> revisions,
      List<CheckIn> checkIns) {
    PlanValidator v =
        new PlanValidator(period, owners, objectives, keyResults, kpis, revisions, checkIns);
    v.run();
    return new Result(v);
  }

  private static String idOf(Object part) {
    return part instanceof Owner owner ? owner.id() : ((Element) part).id();
  }

  /** The part with this id, if it is valid and taken; the first holder of a repeated id. */
  private @Nullable Object holder(String id) {
    int p = ids.find(id);
    return p < 0 ? null : holders[p];
  }

  /** Every problem of the plan made of these parts; empty when it is valid. */
  public static ImmutableList<Problem> validate(
      @Nullable Period period,
      List<Owner> owners,
      List<Objective> objectives,
      List<KeyResult> keyResults,
      List<Kpi> kpis,
      List<Revision> revisions,
      List<CheckIn> checkIns) {
    return check(period, owners, objectives, keyResults, kpis, revisions, checkIns).problems();
  }

  /**
   * The problems of one check-in added to an already valid plan.
   *
   * @param index the check-in's position in the plan's list, for its path
   */
  public static ImmutableList<Problem> validateCheckIn(
      CheckIn checkIn, int index, Period period, CheckInContext context) {
    List<Problem> found = new ArrayList<>();
    checkCheckIn(checkIn, index, period, context, found);
    return ImmutableList.copyOf(found);
  }

  /**
   * The milestone a check-in reports on: its own, or the target's only one; "" for a value. Two
   * check-ins of one element and day with the same slot report the same thing.
   */
  public static String slot(CheckIn c, Target targetInForce) {
    if (c.milestone().isPresent()) {
      return c.milestone().get();
    }
    return targetInForce.kind() == Target.Kind.MILESTONES && targetInForce.milestones().size() == 1
        ? targetInForce.milestones().get(0).name()
        : "";
  }

  private void run() {
    if (period == null) {
      report(Location.field("period"), "a plan needs a period");
    }
    registerIds();
    for (int i = 0; i < owners.size(); i++) {
      checkOwner(owners.get(i), i);
    }
    for (int i = 0; i < objectives.size(); i++) {
      checkObjective(objectives.get(i), i);
    }
    for (int i = 0; i < keyResults.size(); i++) {
      checkKeyResult(keyResults.get(i), i);
    }
    for (int i = 0; i < kpis.size(); i++) {
      checkKpi(kpis.get(i), i);
    }
    for (int i = 0; i < revisions.size(); i++) {
      checkRevision(revisions.get(i), i);
    }
    if (period != null) {
      Simulation arrivals = new Simulation();
      for (int i = 0; i < checkIns.size(); i++) {
        CheckIn c = checkIns.get(i);
        int before = problems.size();
        checkCheckIn(c, i, period, arrivals, problems);
        checkInPositions[i] = arrivals.position;
        if (problems.size() == before) {
          arrivals.record(c);
        }
      }
    }
    ownerCycles();
    objectiveCycles();
  }

  // ---------------------------------------------------------------- the cursor

  private void at(String collection, String id, int index) {
    this.collection = collection;
    this.id = id;
    this.index = index;
  }

  /** The part under the cursor, and its field {@code fields}: {@code kpis[K1].weight}. */
  private Location at(String... fields) {
    Location here = Location.part(collection, id, index);
    for (String f : fields) {
      here = here.then(f);
    }
    return here;
  }

  /** The path of a part that holds an id: {@code objectives[O1]}. */
  private static String pathOf(Object holder) {
    if (holder instanceof Owner owner) {
      return "owners[" + owner.id() + "]";
    } else if (holder instanceof Objective objective) {
      return "objectives[" + objective.id() + "]";
    } else if (holder instanceof KeyResult keyResult) {
      return "keyResults[" + keyResult.id() + "]";
    }
    return "kpis[" + ((Kpi) holder).id() + "]";
  }

  // ---------------------------------------------------------------- ids

  private void registerIds() {
    int p = 0;
    for (int i = 0; i < owners.size(); i++) {
      register(p++, owners.get(i), owners.get(i).id(), "owners", i);
    }
    for (int i = 0; i < objectives.size(); i++) {
      register(p++, objectives.get(i), objectives.get(i).id(), "objectives", i);
    }
    for (int i = 0; i < keyResults.size(); i++) {
      register(p++, keyResults.get(i), keyResults.get(i).id(), "keyResults", i);
    }
    for (int i = 0; i < kpis.size(); i++) {
      register(p++, kpis.get(i), kpis.get(i).id(), "kpis", i);
    }
  }

  /**
   * Registers the part at {@code position} of the index as its id's holder, or reports the id as
   * invalid or already taken.
   */
  private void register(int position, Object part, String id, String collection, int index) {
    if (!Checks.isValidId(id)) {
      report(
          Location.part(collection, id, index).then("id"),
          "id '" + id + "' is invalid; expected " + Checks.ID_SYNTAX);
      return;
    }
    Integer first = repeats.isEmpty() ? null : repeats.get(position);
    if (first != null) {
      report(
          Location.part(collection, id, index).then("id"),
          "id '"
              + id
              + "' is already used by "
              + pathOf(requireNonNull(holders[first]))
              + "; ids must be unique");
      return;
    }
    holders[position] = part;
  }

  private @Nullable Owner owner(String id) {
    Object o = holder(id);
    return o instanceof Owner owner ? owner : null;
  }

  private @Nullable Objective objective(String id) {
    Object o = holder(id);
    return o instanceof Objective objective ? objective : null;
  }

  private @Nullable KeyResult keyResult(String id) {
    Object o = holder(id);
    return o instanceof KeyResult keyResult ? keyResult : null;
  }

  private @Nullable MeasuredElement measured(String id) {
    Object o = holder(id);
    return o instanceof MeasuredElement measuredElement ? measuredElement : null;
  }

  // ---------------------------------------------------------------- elements

  private void checkOwner(Owner o, int i) {
    at("owners", o.id(), i);
    notBlank(o.name(), "name", "name");
    ownerParents[i] = -1;
    if (o.parentId().isPresent()) {
      String parent = o.parentId().get();
      int position = ids.find(parent);
      ownerParents[i] = position;
      Owner p =
          position >= 0 && holders[position] instanceof Owner ? (Owner) holders[position] : null;
      if (p == null) {
        report(at("parent"), unknown(parent, "owner"));
      } else if (p.level().isBelow(o.level())) {
        report(
            at("parent"),
            "parent '"
                + parent
                + "' is at level "
                + p.level()
                + ", below this "
                + o.level()
                + " owner; expected a parent at the same level or higher");
      }
    }
  }

  private void checkObjective(Objective o, int i) {
    at("objectives", o.id(), i);
    notBlank(o.title(), "title", "title");
    objectiveOwners[i] = ids.find(o.ownerId());
    if (!isOwner(objectiveOwners[i])) {
      report(at("owner"), unknown(o.ownerId(), "owner"));
    }
    objectiveParents[i] = -1;
    if (o.parentId().isPresent()) {
      String parent = o.parentId().get();
      int position = ids.find(parent);
      objectiveParents[i] = position;
      Object holder = position < 0 ? null : holders[position];
      if (!(holder instanceof Objective) && !(holder instanceof KeyResult)) {
        report(at("parent"), unknown(parent, "objective or key result"));
      }
    }
    if (o.period().isPresent()) {
      overlapsPlan(o.period().get(), "period");
    }
    tags(o);
  }

  private void checkKeyResult(KeyResult k, int i) {
    at("keyResults", k.id(), i);
    notBlank(k.title(), "title", "title");
    keyResultObjectives[i] = ids.find(k.objectiveId());
    if (keyResultObjectives[i] < 0 || !(holders[keyResultObjectives[i]] instanceof Objective)) {
      report(at("objective"), unknown(k.objectiveId(), "objective"));
    }
    measured(k);
    tags(k);
  }

  private void checkKpi(Kpi k, int i) {
    at("kpis", k.id(), i);
    notBlank(k.title(), "title", "title");
    kpiOwners[i] = ids.find(k.ownerId());
    if (!isOwner(kpiOwners[i])) {
      report(at("owner"), unknown(k.ownerId(), "owner"));
    }
    measured(k);
    if (k.period().isPresent()) {
      overlapsPlan(k.period().get(), "period");
    }
    Period reporting = k.period().orElse(period);
    if (reporting != null && !k.frequency().fitsIn(reporting)) {
      report(
          at("frequency"),
          k.frequency()
              + " reporting needs a period of at least "
              + k.frequency().minimumDays()
              + " days, but "
              + reporting
              + " has "
              + reporting.lengthInDays());
    }
    contributionStart[i + 1] = contributionStart[i] + k.contributions().size();
    if (contributionStart[i + 1] > contributionTargets.length) {
      contributionTargets =
          java.util.Arrays.copyOf(
              contributionTargets,
              Math.max(contributionStart[i + 1], contributionTargets.length * 3 / 2));
    }
    contributions(k.contributions(), null);
    tags(k);
  }

  private boolean isOwner(int position) {
    return position >= 0 && position < owners.size() && holders[position] instanceof Owner;
  }

  /** Checks contributions of the part at {@code path}, or under the cursor when it is null. */
  private void contributions(List<Contribution> contributions, @Nullable Location path) {
    if (contributions.isEmpty()) {
      return;
    }
    Set<String> supported = contributions.size() > 1 ? new HashSet<>() : null;
    for (int i = 0; i < contributions.size(); i++) {
      Contribution c = contributions.get(i);
      int position = ids.find(c.keyResultId());
      if (path == null) {
        contributionTargets[contributionStart[index] + i] = position;
      }
      boolean known = position >= 0 && holders[position] instanceof KeyResult;
      Location owner = path;
      if (!known
          || !(Double.isFinite(c.weight()) && c.weight() > 0)
          || (supported != null && supported.contains(c.keyResultId()))) {
        owner = path != null ? path : at();
      }
      if (!known) {
        report(contribution(owner, c, i).then("keyResult"), unknown(c.keyResultId(), "key result"));
      } else if (supported != null && !supported.add(c.keyResultId())) {
        report(
            contribution(owner, c, i),
            "the KPI contributes to key result '"
                + c.keyResultId()
                + "' more than once; expected one contribution per key result");
      }
      if (!(Double.isFinite(c.weight()) && c.weight() > 0)) {
        report(
            contribution(owner, c, i).then("weight"),
            "weight " + number(c.weight()) + " must be a finite number above 0");
      }
    }
  }

  private static Location contribution(@Nullable Location owner, Contribution c, int i) {
    return requireNonNull(owner).then("contributions", c.keyResultId(), i);
  }

  private void measured(MeasuredElement e) {
    notBlank(e.measure().name(), "measure name", "measure", "name");
    weight(e.weight(), "weight");
    Target target = e.target();
    TargetRules.check(target, e.measure().direction(), this::targetProblem);
    if (period != null && !target.milestones().isEmpty()) {
      for (Milestone m : target.milestones()) {
        if (m.due().isPresent() && !period.contains(m.due().get())) {
          report(
              at("target"),
              "milestone '"
                  + m.name()
                  + "' is due "
                  + m.due().get()
                  + ", outside the plan period "
                  + describe(period));
        }
      }
    }
  }

  private void tags(Element e) {
    for (String tag : e.tags()) {
      if (!Checks.isValidId(tag)) {
        report(at("tags"), "tag '" + tag + "' is invalid; expected " + Checks.ID_SYNTAX);
      }
    }
  }

  private void weight(double weight, String field) {
    if (!(Double.isFinite(weight) && weight > 0)) {
      report(at(field), "weight " + number(weight) + " must be a finite number above 0");
    }
  }

  private void notBlank(String text, String what, String... fields) {
    if (text.isBlank()) {
      report(at(fields), what + " must not be blank");
    }
  }

  private void overlapsPlan(Period p, String field) {
    if (period != null && !period.overlaps(p)) {
      report(
          at(field), "period " + describe(p) + " lies outside the plan period " + describe(period));
    }
  }

  private String unknown(String id, String expected) {
    Object holder = holder(id);
    if (holder == null) {
      return "unknown " + expected + " '" + id + "'";
    }
    return "'" + id + "' is " + pathOf(holder) + ", expected " + article(expected) + " " + expected;
  }

  static String article(String noun) {
    return "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  // ---------------------------------------------------------------- revisions

  private void checkRevision(Revision r, int i) {
    collection = "revisions";
    Location path = Location.item("revisions", i);
    int before = problems.size();
    notBlankAt(r.reason(), path.then("reason"), "reason");
    notBlankAt(r.author(), path.then("author"), "author");
    if (period != null && !period.contains(r.date())) {
      report(
          path.then("date"),
          "date " + r.date() + " lies outside the plan period " + describe(period));
    }
    MeasuredElement e = measured(r.elementId());
    if (e == null) {
      report(path.then("element"), unknown(r.elementId(), "key result or KPI"));
    }
    boolean hasTarget = r.target().isPresent();
    boolean hasWeight = r.weight().isPresent();
    boolean hasContributions = !r.contributions().isEmpty();
    switch (r.kind()) {
      case TARGET -> {
        if (!hasTarget || hasWeight || hasContributions) {
          report(path, "a TARGET revision takes a target and nothing else");
        } else if (e != null) {
          TargetRules.check(
              r.target().get(), e.measure().direction(), m -> report(path.then("target"), m));
        }
      }
      case WEIGHT -> {
        if (!hasWeight || hasTarget || hasContributions) {
          report(path, "a WEIGHT revision takes a weight and nothing else");
        } else if (!(Double.isFinite(r.weight().getAsDouble()) && r.weight().getAsDouble() > 0)) {
          report(
              path.then("weight"),
              "weight " + number(r.weight().getAsDouble()) + " must be a finite number above 0");
        }
      }
      case CONTRIBUTIONS -> {
        if (hasTarget || hasWeight) {
          report(path, "a CONTRIBUTIONS revision takes contributions and nothing else");
        }
        if (e != null && !(e instanceof Kpi)) {
          report(
              path.then("kind"),
              "'" + r.elementId() + "' is a key result; only KPIs have contributions");
        }
        contributions(r.contributions(), path);
      }
    }
    if (r.kind() == Revision.Kind.TARGET && e != null && problems.size() == before) {
      targetRevisions.computeIfAbsent(r.elementId(), k -> new ArrayList<>()).add(r);
    }
  }

  private void notBlankAt(String text, Location path, String what) {
    if (text.isBlank()) {
      report(path, what + " must not be blank");
    }
  }

  /** The target of a measured element in force on {@code date}, after its valid revisions. */
  private Target targetAt(String id, MeasuredElement e, LocalDate date) {
    List<Revision> changes = targetRevisions.get(id);
    if (changes == null) {
      return e.target();
    }
    Target target = e.target();
    LocalDate latest = null;
    for (Revision r : changes) {
      if (!r.date().isAfter(date) && (latest == null || !r.date().isBefore(latest))) {
        target = r.target().orElseThrow();
        latest = r.date();
      }
    }
    return target;
  }

  // ---------------------------------------------------------------- check-ins

  /** The plan's check-ins as they arrive, so that a correction finds what it corrects. */
  private final class Simulation implements CheckInContext {
    /** Only a plan with corrections needs to remember what was recorded. */
    private final boolean corrections = checkIns.stream().anyMatch(CheckIn::correction);

    private final Map<String, Set<String>> recorded = new HashMap<>();

    /** The position of the element last looked up by {@link #element}, or -1. */
    int position = -1;

    @Override
    public @Nullable Element element(String id) {
      position = ids.find(id);
      Object o = position < 0 ? null : holders[position];
      return o instanceof Element element ? element : null;
    }

    @Override
    public boolean isOwner(String id) {
      return owner(id) != null;
    }

    @Override
    public Target targetAt(String id, LocalDate date) {
      return PlanValidator.this.targetAt(id, measured(id), date);
    }

    @Override
    public boolean revised(String id) {
      return !targetRevisions.isEmpty() && targetRevisions.containsKey(id);
    }

    @Override
    public boolean hasRecorded(CheckIn c) {
      return recorded.getOrDefault(c.elementId(), Set.of()).contains(key(c));
    }

    void record(CheckIn c) {
      if (corrections) {
        recorded.computeIfAbsent(c.elementId(), k -> new HashSet<>()).add(key(c));
      }
    }

    private String key(CheckIn c) {
      return c.date() + "|" + slot(c, targetAt(c.elementId(), c.date()));
    }
  }

  private static void checkCheckIn(
      CheckIn c, int index, Period period, CheckInContext context, List<Problem> sink) {
    Element e = context.element(c.elementId());
    if (e == null) {
      sink.add(
          Problem.of(
              checkInPath(index, "element"),
              context.isOwner(c.elementId())
                  ? "'"
                      + c.elementId()
                      + "' is an owner; check-ins record values of key results and KPIs"
                  : "unknown key result or KPI '" + c.elementId() + "'"));
    } else if (!(e instanceof MeasuredElement)) {
      sink.add(
          Problem.of(
              checkInPath(index, "element"),
              "'"
                  + c.elementId()
                  + "' is an objective; check-ins record values of key results and KPIs"));
    }
    boolean inPeriod = period.contains(c.date());
    if (!inPeriod) {
      sink.add(
          Problem.of(
              checkInPath(index, "date"),
              "date " + c.date() + " lies outside the plan period " + describe(period)));
    }
    if (!Double.isFinite(c.value())) {
      sink.add(
          Problem.of(
              checkInPath(index, "value"),
              "value " + number(c.value()) + " is not a finite number"));
    }
    if (c.confidence().isPresent()) {
      double confidence = c.confidence().getAsDouble();
      if (!(confidence >= 0 && confidence <= 1)) {
        sink.add(
            Problem.of(
                checkInPath(index, "confidence"),
                "confidence " + number(confidence) + " lies outside [0, 1]"));
      }
    }
    if (c.author().isPresent() && c.author().get().isBlank()) {
      sink.add(Problem.of(checkInPath(index, "author"), "author must not be blank"));
    }
    if (e instanceof MeasuredElement measuredElement && inPeriod) {
      Target base = measuredElement.target();
      // only milestone targets, and elements whose target was revised, need the target of the day
      Target target =
          base.kind() == Target.Kind.MILESTONES
                  || c.milestone().isPresent()
                  || c.correction()
                  || context.revised(c.elementId())
              ? context.targetAt(c.elementId(), c.date())
              : base;
      if (target.kind() == Target.Kind.MILESTONES) {
        checkMilestoneCheckIn(c, target, index, sink);
      } else if (c.milestone().isPresent()) {
        sink.add(
            Problem.of(
                checkInPath(index, "milestone"),
                "'"
                    + c.elementId()
                    + "' has "
                    + article(target.kind().name())
                    + " "
                    + target.kind()
                    + " target; only check-ins of MILESTONES targets name a milestone"));
      }
      if (c.correction() && !context.hasRecorded(c)) {
        sink.add(
            Problem.of(
                checkInPath(index, "correction"),
                "nothing to correct: no check-in of '"
                    + c.elementId()
                    + "'"
                    + c.milestone().map(m -> " for milestone '" + m + "'").orElse("")
                    + " on "
                    + c.date()
                    + " was recorded before this correction"));
      }
    }
  }

  private static Location checkInPath(int index, String field) {
    return Location.item("checkIns", index).then(field);
  }

  private static void checkMilestoneCheckIn(
      CheckIn c, Target target, int index, List<Problem> sink) {
    Optional<String> named = c.milestone();
    if (named.isEmpty()) {
      if (target.milestones().size() > 1) {
        sink.add(
            Problem.of(
                checkInPath(index, "milestone"),
                "'"
                    + c.elementId()
                    + "' has "
                    + target.milestones().size()
                    + " milestones; a check-in must name the one it reports"));
      }
    } else if (target.milestones().stream().noneMatch(m -> m.name().equals(named.get()))) {
      sink.add(
          Problem.of(
              checkInPath(index, "milestone"),
              "unknown milestone '" + named.get() + "' of '" + c.elementId() + "'"));
    }
    if (c.value() != 0.0 && c.value() != 1.0 && Double.isFinite(c.value())) {
      sink.add(
          Problem.of(
              checkInPath(index, "value"),
              "a milestone check-in has value 1 (done) or 0 (not done), got " + number(c.value())));
    }
  }

  // ---------------------------------------------------------------- cycles

  private void ownerCycles() {
    Map<String, @Nullable String> next = new HashMap<>(owners.size() * 2);
    List<String> order = new ArrayList<>(owners.size());
    for (Owner o : owners) {
      if (holder(o.id()) == o) {
        order.add(o.id());
        next.put(o.id(), o.parentId().filter(p -> owner(p) != null).orElse(null));
      }
    }
    for (List<String> cycle : Cycles.find(order, next::get)) {
      report(
          Location.part("owners", cycle.get(0), ids.find(cycle.get(0))).then("parent"),
          "the owner hierarchy has a cycle: " + Cycles.describe(cycle));
    }
  }

  private void objectiveCycles() {
    // an objective's parent is an objective, or a key result standing for its objective
    Map<String, @Nullable String> next = new HashMap<>(objectives.size() * 2);
    List<String> order = new ArrayList<>(objectives.size());
    for (Objective o : objectives) {
      if (holder(o.id()) != o) {
        continue;
      }
      order.add(o.id());
      String parent = o.parentId().orElse(null);
      String up = null;
      if (parent != null) {
        KeyResult kr = keyResult(parent);
        if (objective(parent) != null) {
          up = parent;
        } else if (kr != null && objective(kr.objectiveId()) != null) {
          up = kr.objectiveId();
        }
      }
      next.put(o.id(), up);
    }
    for (List<String> cycle : Cycles.find(order, next::get)) {
      List<String> chain = new ArrayList<>();
      for (String id : cycle) {
        chain.add(id);
        String parent = objective(id).parentId().orElseThrow();
        if (keyResult(parent) != null) {
          chain.add(parent);
        }
      }
      report(
          Location.part("objectives", cycle.get(0), ids.find(cycle.get(0)) - owners.size())
              .then("parent"),
          "objectives contribute to each other in a cycle: " + Cycles.describe(chain));
    }
  }

  // ---------------------------------------------------------------- helpers

  private void report(Location location, String message) {
    problems.add(Problem.of(location, message));
  }

  /** {@code 2025-Q2 (2025-04-01 to 2025-06-30)}, or just the dates for an unnamed span. */
  static String describe(Period p) {
    String label = p.toString();
    String dates = p.start() + " to " + p.end();
    return label.contains("..") ? dates : label + " (" + dates + ")";
  }
}
