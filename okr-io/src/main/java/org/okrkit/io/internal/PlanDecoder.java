package org.okrkit.io.internal;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.Direction;
import org.okrkit.core.Frequency;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Location;
import org.okrkit.core.Measure;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanValidationException;
import org.okrkit.core.Problem;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.io.document.DocumentPath;
import org.okrkit.io.document.Fields;
import org.okrkit.io.document.Node;
import org.okrkit.io.document.Problems;
import org.okrkit.io.document.Texts;

/**
 * Turns a document tree into a {@link Plan}: first every problem of shape is collected (types,
 * unknown and missing fields, duplicate ids); when there is none, the plan is built, and the
 * problems of the model's validation are mapped from the model's paths ({@code
 * keyResults[KR2].target}, {@code revisions[3].weight}) to where those elements sit in the file
 * ({@code objectives[0].keyResults[1].target}, line and column).
 *
 * <p>The elements' own fields are their original definitions. Revisions and check-ins are added to
 * the plan in the order the file lists them: those nested in key results (objective by objective),
 * then those nested in KPIs, then those of the plan's own lists; {@link PlanEncoder} relies on this
 * order to write a plan that reads back equal.
 */
public final class PlanDecoder {
  static final List<String> ROOT =
      Fields.names(
          "$schema",
          "version",
          "name",
          "period",
          "owners",
          "objectives",
          "kpis",
          "revisions",
          "checkIns",
          "checkInLogs");
  static final List<String> OWNER = Fields.names("id", "name", "level", "parent");
  static final List<String> OBJECTIVE =
      Fields.names(
          "id",
          "title",
          "owner",
          "kind",
          "parent",
          "parentSupportOnly",
          "period",
          "tags",
          "keyResults");
  static final List<String> KEY_RESULT =
      Fields.names("id", "title", "measure", "target", "weight", "tags", "revisions", "checkIns");
  static final List<String> KPI =
      Fields.names(
          "id",
          "title",
          "owner",
          "measure",
          "target",
          "weight",
          "frequency",
          "period",
          "tags",
          "contributions",
          "revisions",
          "checkIns");
  static final List<String> MEASURE = Fields.names("name", "unit", "direction");
  static final List<String> TARGET =
      Fields.names(
          "kind", "baseline", "value", "threshold", "stretch", "low", "high", "milestones");
  static final List<String> MILESTONE = Fields.names("name", "weight", "due");
  static final List<String> CONTRIBUTION = Fields.names("keyResult", "weight", "supportOnly");
  static final List<String> CHECK_IN =
      Fields.names(
          "date", "value", "done", "milestone", "confidence", "note", "author", "correction");

  /** The fields of a check-in that names its element: in the plan's own list, or in a log. */
  public static final List<String> TOP_CHECK_IN =
      Fields.names(
          "element",
          "date",
          "value",
          "done",
          "milestone",
          "confidence",
          "note",
          "author",
          "correction");

  /** The fields every check-in that names its element has. */
  public static final List<String> TOP_CHECK_IN_REQUIRED = Fields.names("element", "date");

  /** The changes a revision may make; it makes exactly one. */
  static final List<String> CHANGES = Fields.names("target", "weight", "contributions");

  static final List<String> KEY_RESULT_REVISION =
      Fields.names("date", "target", "weight", "reason", "author");
  static final List<String> KPI_REVISION =
      Fields.names("date", "target", "weight", "contributions", "reason", "author");
  static final List<String> TOP_REVISION =
      Fields.names("element", "date", "target", "weight", "contributions", "reason", "author");

  /** Where an element of the model sits in the file. */
  private static final class Place {
    final DocumentPath path;
    final Node node;
    final List<String> allowed;
    final int line;
    final int column;

    /** Where a problem at this place is reported when not in the plan's own file: a log's. */
    final @Nullable Problems sink;

    /** The places of a KPI's or a revision's contributions, in order; null when it has none. */
    @Nullable List<Place> contributions;

    /** Fields the model names that sit elsewhere in the file, by the model's field name. */
    @Nullable Map<String, Place> aliases;

    Place(DocumentPath path, Node node, List<String> allowed) {
      this(path, node, allowed, node.line(), node.column(), null);
    }

    /** A place in another file than the plan's own: a record of a check-in log. */
    Place(DocumentPath path, Node node, List<String> allowed, Problems sink) {
      this(path, node, allowed, node.line(), node.column(), sink);
    }

    /** A place reported at a position of its own: a field's name rather than its value. */
    Place(DocumentPath path, Node node, List<String> allowed, int line, int column) {
      this(path, node, allowed, line, column, null);
    }

    private Place(
        DocumentPath path,
        Node node,
        List<String> allowed,
        int line,
        int column,
        @Nullable Problems sink) {
      this.path = path;
      this.node = node;
      this.allowed = allowed;
      this.line = line;
      this.column = column;
      this.sink = sink;
    }
  }

  private final Problems problems;
  private final Plan.Builder plan = Plan.builder();
  /*
   * Where the model's locations lead in the file, for the problems of the model's own validation:
   * the place of each part by its collection and its position in the plan's lists (owners,
   * objectives, keyResults, kpis, revisions, checkIns), each in the order the builder is given
   * them; a contribution in its holder's place, by its position in the holder's list.
   */
  private final Map<String, List<@Nullable Place>> parts = new HashMap<>();

  /** The first holder of each id: its place and its collection, for duplicate-id messages. */
  private final Map<String, Place> ids = new HashMap<>();

  private final List<CheckIn> checkIns = new ArrayList<>();
  private final List<Revision> revisions = new ArrayList<>();
  private int keyResultCount;

  /** Where the plan stands in the document: the root, or a field of another document. */
  private final DocumentPath base;

  /** The check-in logs the plan reads, or null when it has no folder to find them in. */
  private final @Nullable LogSource logs;

  private PlanDecoder(Problems problems, DocumentPath base, @Nullable LogSource logs) {
    this.problems = problems;
    this.base = base;
    this.logs = logs;
  }

  /**
   * The plan a document describes.
   *
   * @param root the document, or null when it is empty
   * @throws org.okrkit.io.PlanFileException listing every problem, when there is any
   */
  public static Plan decode(@Nullable Node root, Problems problems) {
    return decode(root, problems, null);
  }

  /**
   * The plan a document describes, with the check-ins of the logs {@code logs} reads: the one
   * beside the plan's file and those the plan names.
   *
   * @param root the document, or null when it is empty
   * @param logs the plan's logs, or null when the plan has no file and so no folder to find them in
   * @throws org.okrkit.io.PlanFileException listing every problem, when there is any
   */
  public static Plan decode(@Nullable Node root, Problems problems, @Nullable LogSource logs) {
    if (root == null) {
      problems.add(0, 0, "", "plan.empty", Map.of());
      throw problems.exception();
    }
    Plan plan = new PlanDecoder(problems, DocumentPath.root(), logs).plan(root);
    if (plan == null) {
      throw problems.exception();
    }
    return plan;
  }

  /**
   * A plan written inside another document, at {@code path}; null, with the problems added, when it
   * is not a valid plan.
   */
  public static @Nullable Plan inline(Node node, String path, Problems problems) {
    return new PlanDecoder(problems, DocumentPath.of(path), null).plan(node);
  }

  /** The plan, or null when any problem was found, each reported. */
  private @Nullable Plan plan(Node node) {
    int before = problems.count();
    document(node);
    if (problems.count() > before) {
      return null;
    }
    try {
      return plan.build();
    } catch (PlanValidationException e) {
      for (Problem p : e.problems()) {
        report(p, node);
      }
      return null;
    }
  }

  // ---------------------------------------------------------------- document

  private void document(Node node) {
    Fields f = Fields.of(node, base, problems, "a plan", ROOT);
    if (f == null) {
      return;
    }
    f.version();
    String name = f.text("name", false);
    if (name != null) {
      plan.name(name);
    }
    Period period = period(f, "period", true);
    if (period != null) {
      plan.period(period);
    }
    List<Node> owners = f.list("owners");
    if (owners != null) {
      for (int i = 0; i < owners.size(); i++) {
        owner(owners.get(i), f.at("owners", i), i);
      }
    }
    List<Node> objectives = f.list("objectives");
    if (objectives != null) {
      for (int i = 0; i < objectives.size(); i++) {
        objective(objectives.get(i), f.at("objectives", i), i);
      }
    }
    List<Node> kpis = f.list("kpis");
    if (kpis != null) {
      for (int i = 0; i < kpis.size(); i++) {
        kpi(kpis.get(i), f.at("kpis", i), i);
      }
    }
    List<Node> looseRevisions = f.list("revisions");
    if (looseRevisions != null) {
      for (int i = 0; i < looseRevisions.size(); i++) {
        revision(looseRevisions.get(i), f.at("revisions", i), null, TOP_REVISION, "a revision");
      }
    }
    List<Node> loose = f.list("checkIns");
    if (loose != null) {
      for (int i = 0; i < loose.size(); i++) {
        checkIn(loose.get(i), f.at("checkIns", i), null, null);
      }
    }
    logs(f);
    plan.addAllRevisions(revisions);
    plan.addAllCheckIns(checkIns);
  }

  // ---------------------------------------------------------------- elements

  private void owner(Node node, DocumentPath path, int index) {
    Fields f = Fields.of(node, path, problems, "an owner", OWNER);
    if (f == null) {
      return;
    }
    String id = id(f, "owners", index, new Place(path, node, OWNER));
    String name = f.text("name", true);
    Level level = f.choice("level", Level.class, true);
    String parent = f.text("parent", false);
    if (f.ok() && id != null && name != null && level != null) {
      build(
          f,
          () -> {
            Owner.Builder b = Owner.builder().id(id).name(name).level(level);
            if (parent != null) {
              b.parentId(parent);
            }
            plan.addOwners(b.build());
          });
    }
  }

  private void objective(Node node, DocumentPath path, int index) {
    Fields f = Fields.of(node, path, problems, "an objective", OBJECTIVE);
    if (f == null) {
      return;
    }
    String id = id(f, "objectives", index, new Place(path, node, OBJECTIVE));
    String title = f.text("title", true);
    String owner = f.text("owner", true);
    ObjectiveKind kind = f.choice("kind", ObjectiveKind.class, false);
    String parent = f.text("parent", false);
    Boolean parentSupportOnly = f.bool("parentSupportOnly", false);
    Period period = period(f, "period", false);
    List<String> tags = tags(f);
    if (f.ok() && id != null && title != null && owner != null) {
      build(
          f,
          () -> {
            Objective.Builder b =
                Objective.builder().id(id).title(title).ownerId(owner).addAllTags(tags);
            if (kind != null) {
              b.kind(kind);
            }
            if (parent != null) {
              b.parentId(parent);
            }
            if (parentSupportOnly != null) {
              b.parentSupportOnly(parentSupportOnly);
            }
            if (period != null) {
              b.period(period);
            }
            plan.addObjectives(b.build());
          });
    }
    List<Node> keyResults = f.list("keyResults");
    if (keyResults != null) {
      for (int i = 0; i < keyResults.size(); i++) {
        keyResult(keyResults.get(i), f.at("keyResults", i), id);
      }
    }
  }

  private void keyResult(Node node, DocumentPath path, @Nullable String objective) {
    int index = keyResultCount++;
    Fields f = Fields.of(node, path, problems, "a key result", KEY_RESULT);
    if (f == null) {
      return;
    }
    String id = id(f, "keyResults", index, new Place(path, node, KEY_RESULT));
    String title = f.text("title", true);
    Measure measure = measure(f);
    Target target = target(f);
    Double weight = f.number("weight", false);
    List<String> tags = tags(f);
    if (f.ok()
        && objective != null
        && id != null
        && title != null
        && measure != null
        && target != null) {
      build(
          f,
          () -> {
            KeyResult.Builder b =
                KeyResult.builder()
                    .id(id)
                    .objectiveId(objective)
                    .title(title)
                    .measure(measure)
                    .target(target)
                    .addAllTags(tags);
            if (weight != null) {
              b.weight(weight);
            }
            plan.addKeyResults(b.build());
          });
    }
    nestedRevisions(f, id, KEY_RESULT_REVISION, "a revision of a key result");
    nestedCheckIns(f, id);
  }

  private void kpi(Node node, DocumentPath path, int index) {
    Fields f = Fields.of(node, path, problems, "a KPI", KPI);
    if (f == null) {
      return;
    }
    Place place = new Place(path, node, KPI);
    String id = id(f, "kpis", index, place);
    String title = f.text("title", true);
    String owner = f.text("owner", true);
    Measure measure = measure(f);
    Target target = target(f);
    Double weight = f.number("weight", false);
    Frequency frequency = f.choice("frequency", Frequency.class, false);
    Period period = period(f, "period", false);
    List<String> tags = tags(f);
    List<Contribution> contributions = contributions(f, place);
    if (f.ok()
        && id != null
        && title != null
        && owner != null
        && measure != null
        && target != null) {
      build(
          f,
          () -> {
            Kpi.Builder b =
                Kpi.builder()
                    .id(id)
                    .ownerId(owner)
                    .title(title)
                    .measure(measure)
                    .target(target)
                    .addAllContributions(contributions)
                    .addAllTags(tags);
            if (weight != null) {
              b.weight(weight);
            }
            if (frequency != null) {
              b.frequency(frequency);
            }
            if (period != null) {
              b.period(period);
            }
            plan.addKpis(b.build());
          });
    }
    nestedRevisions(f, id, KPI_REVISION, "a revision of a KPI");
    nestedCheckIns(f, id);
  }

  /**
   * Reads an element's id, reports it when another element already holds it, and records where the
   * element sits under the path the model's validation gives it.
   */
  private @Nullable String id(Fields f, String collection, int index, Place place) {
    String id = f.text("id", true);
    record(collection, index, place);
    if (id != null) {
      Place first = ids.putIfAbsent(id, place);
      if (first != null) {
        Node.Field field = Objects.requireNonNull(f.node().field("id"), "the id field just read");
        problems.add(
            field.line(),
            field.column(),
            f.path("id"),
            "plan.duplicateId",
            ImmutableMap.of("id", id, "holder", first.path.toString(), "line", first.node.line()));
      }
    }
    return id;
  }

  private @Nullable Measure measure(Fields f) {
    Node v = f.required("measure");
    if (v == null) {
      return null;
    }
    Fields m = Fields.of(v, f.at("measure"), problems, "a measure", MEASURE);
    if (m == null) {
      return null;
    }
    String name = m.text("name", true);
    Unit unit = m.choice("unit", Unit.class, true);
    Direction direction = m.choice("direction", Direction.class, true);
    return m.ok() && name != null && unit != null && direction != null
        ? Measure.of(name, unit, direction)
        : null;
  }

  private @Nullable Target target(Fields f) {
    Node v = f.required("target");
    if (v == null) {
      return null;
    }
    Fields t = Fields.of(v, f.at("target"), problems, "a target", TARGET);
    if (t == null) {
      return null;
    }
    Target.Kind kind = t.choice("kind", Target.Kind.class, false);
    Double baseline = t.number("baseline", false);
    Double value = t.number("value", false);
    Double threshold = t.number("threshold", false);
    Double stretch = t.number("stretch", false);
    Double low = t.number("low", false);
    Double high = t.number("high", false);
    List<Milestone> milestones = new ArrayList<>();
    List<Node> items = t.list("milestones");
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        Milestone m = milestone(items.get(i), t.at("milestones", i));
        if (m != null) {
          milestones.add(m);
        }
      }
    }
    if (!t.ok()) {
      return null;
    }
    if (kind == null) {
      kind =
          t.value("milestones") != null
              ? Target.Kind.MILESTONES
              : low != null || high != null ? Target.Kind.RANGE : Target.Kind.ABSOLUTE;
    }
    Target.Builder b = Target.builder().kind(kind).addAllMilestones(milestones);
    if (baseline != null) {
      b.baseline(baseline);
    }
    if (value != null) {
      b.value(value);
    }
    if (threshold != null) {
      b.threshold(threshold);
    }
    if (stretch != null) {
      b.stretch(stretch);
    }
    if (low != null) {
      b.low(low);
    }
    if (high != null) {
      b.high(high);
    }
    return b.build();
  }

  private @Nullable Milestone milestone(Node node, DocumentPath path) {
    if (node.isText()) {
      return Milestone.of(node.text());
    }
    if (node.type() != Node.Type.OBJECT) {
      problems.add(node, path, "plan.notMilestone", Map.of("got", Problems.got(node)));
      return null;
    }
    Fields m = Fields.of(node, path, problems, "a milestone", MILESTONE);
    if (m == null) {
      return null;
    }
    String name = m.text("name", true);
    Double weight = m.number("weight", false);
    LocalDate due = m.date("due", false);
    if (!m.ok() || name == null) {
      return null;
    }
    Milestone.Builder b = Milestone.builder().name(name);
    if (weight != null) {
      b.weight(weight);
    }
    if (due != null) {
      b.due(due);
    }
    return b.build();
  }

  /**
   * The contributions in {@code f}'s {@code contributions} field, each recorded under the model's
   * path of its holder ({@code kpis[K1]}, {@code revisions[3]}).
   */
  private List<Contribution> contributions(Fields f, Place holder) {
    List<Contribution> result = new ArrayList<>();
    List<Node> items = f.list("contributions");
    if (items == null) {
      return result;
    }
    // a list of one cannot repeat a key result
    Map<String, DocumentPath> seen = items.size() > 1 ? new HashMap<>() : null;
    for (int i = 0; i < items.size(); i++) {
      Node node = items.get(i);
      DocumentPath path = f.at("contributions", i);
      String keyResult;
      Double weight = null;
      Boolean supportOnly = null;
      if (node.isText()) {
        keyResult = node.text();
      } else if (node.type() == Node.Type.OBJECT) {
        Fields c = Fields.of(node, path, problems, "a contribution", CONTRIBUTION);
        if (c == null) {
          continue;
        }
        keyResult = c.text("keyResult", true);
        weight = c.number("weight", false);
        supportOnly = c.bool("supportOnly", false);
        if (!c.ok() || keyResult == null) {
          continue;
        }
      } else {
        problems.add(node, path, "plan.notContribution", Map.of("got", Problems.got(node)));
        continue;
      }
      DocumentPath first = seen == null ? null : seen.putIfAbsent(keyResult, path);
      if (first != null) {
        problems.add(
            node,
            path,
            "plan.repeatedContribution",
            ImmutableMap.of("keyResult", keyResult, "first", first.toString()));
        continue;
      }
      if (holder.contributions == null) {
        holder.contributions = new ArrayList<>(items.size());
      }
      holder.contributions.add(new Place(path, node, CONTRIBUTION));
      result.add(
          Contribution.builder()
              .keyResultId(keyResult)
              .weight(weight == null ? 1.0 : weight)
              .supportOnly(supportOnly != null && supportOnly)
              .build());
    }
    return result;
  }

  private List<String> tags(Fields f) {
    List<String> tags = new ArrayList<>();
    List<Node> items = f.list("tags");
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        Node item = items.get(i);
        String tag =
            item.isText() ? item.text() : Fields.text(item, f.at("tags", i).toString(), problems);
        if (tag != null) {
          tags.add(tag);
        }
      }
    }
    return tags;
  }

  private @Nullable Period period(Fields f, String name, boolean required) {
    Node v = required ? f.required(name) : f.value(name);
    return v == null ? null : period(v, f.path(name), problems);
  }

  /** A period: a label, or an object with start and end. */
  static @Nullable Period period(Node v, String path, Problems problems) {
    if (v.type() == Node.Type.OBJECT) {
      Fields p = Fields.of(v, path, problems, "a period", Fields.names("start", "end"));
      if (p == null) {
        return null;
      }
      LocalDate start = p.date("start", true);
      LocalDate end = p.date("end", true);
      if (!p.ok() || start == null || end == null) {
        return null;
      }
      if (end.isBefore(start)) {
        problems.add(
            v,
            path,
            "period.endBeforeStart",
            ImmutableMap.of("end", end.toString(), "start", start.toString()));
        return null;
      }
      return Period.of(start, end);
    }
    if (!v.isText()) {
      problems.add(v, path, "period.notPeriod", Map.of("got", Problems.got(v)));
      return null;
    }
    try {
      Period period = Periods.parse(v.text());
      if (period == null) {
        problems.add(v, path, "period.notPeriodText", Map.of("value", Texts.shorten(v.text())));
      }
      return period;
    } catch (IllegalArgumentException e) {
      problems.refused(v, path, "period.refused", e);
      return null;
    }
  }

  // ---------------------------------------------------------------- revisions

  private void nestedRevisions(
      Fields f, @Nullable String element, List<String> allowed, String what) {
    List<Node> items = f.list("revisions");
    if (items == null) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      revision(items.get(i), f.at("revisions", i), element == null ? "" : element, allowed, what);
    }
  }

  /**
   * A revision, nested under its key result or KPI ({@code element} is its id, empty when the id is
   * wrong) or in the plan's own list ({@code element} null: the revision names it). It makes
   * exactly one change, which says its kind: a {@code target}, a {@code weight} or {@code
   * contributions}.
   *
   * @param allowed the fields it may have
   * @param what what it is, for messages: {@code "a revision of a KPI"}
   */
  private void revision(
      Node node, DocumentPath path, @Nullable String element, List<String> allowed, String what) {
    Fields f = Fields.of(node, path, problems, what, allowed);
    if (f == null) {
      return;
    }
    String id = element == null ? f.text("element", true) : element;
    LocalDate date = f.date("date", true);
    List<String> changes = new ArrayList<>();
    for (String change : CHANGES) {
      if (allowed.contains(change) && f.value(change) != null) {
        changes.add(change);
      }
    }
    if (changes.isEmpty()) {
      List<String> options = CHANGES.stream().filter(allowed::contains).toList();
      problems.add(
          node,
          path,
          options.size() == 2 ? "revision.missingChangeOfTwo" : "revision.missingChangeOfThree",
          options.size() == 2
              ? ImmutableMap.of(
                  "what", Fields.thing(what), "a", options.get(0), "b", options.get(1))
              : ImmutableMap.of(
                  "what",
                  Fields.thing(what),
                  "a",
                  options.get(0),
                  "b",
                  options.get(1),
                  "c",
                  options.get(2)));
    } else if (changes.size() > 1) {
      Node.Field second =
          Objects.requireNonNull(node.field(changes.get(1)), "the field of the second change");
      problems.add(
          second.line(),
          second.column(),
          f.path(changes.get(1)),
          "revision.severalChanges",
          Map.of("changes", changes));
    }
    Target target = changes.contains("target") ? target(f) : null;
    Double weight = f.number("weight", false);
    Place place = new Place(path, node, allowed);
    List<Contribution> contributions =
        changes.contains("contributions") ? contributions(f, place) : null;
    String reason = f.text("reason", true);
    String author = f.text("author", true);
    if (!f.ok() || id == null || id.isEmpty() || date == null || reason == null || author == null) {
      return;
    }
    // the model's locations count the revisions the plan is given, in the order they are given
    record("revisions", revisions.size(), place);
    if (contributions != null) {
      // the model says a key result has no contributions to revise at the revision's kind
      Node.Field field =
          Objects.requireNonNull(node.field("contributions"), "the contributions field just read");
      place.aliases =
          Map.of(
              "kind",
              new Place(
                  f.at("contributions"), field.value(), allowed, field.line(), field.column()));
    }
    Revision.Builder b = Revision.builder().elementId(id).date(date).reason(reason).author(author);
    if (target != null) {
      b.kind(Revision.Kind.TARGET).target(target);
    } else if (weight != null) {
      b.kind(Revision.Kind.WEIGHT).weight(weight);
    } else {
      b.kind(Revision.Kind.CONTRIBUTIONS)
          .contributions(
              Objects.requireNonNull(contributions, "contributions, the one change left"));
    }
    revisions.add(b.build());
  }

  // ---------------------------------------------------------------- check-ins

  /**
   * The check-ins of the logs the plan reads, after its own: the log beside the plan's file, then
   * those its {@code checkInLogs} names, in order, each record where it stands in its log.
   */
  private void logs(Fields f) {
    List<Node> items = f.list("checkInLogs");
    List<LogSource.Named> named = new ArrayList<>();
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        Node item = items.get(i);
        DocumentPath path = f.at("checkInLogs", i);
        String name = item.isText() ? item.text() : Fields.text(item, path.toString(), problems);
        if (name != null) {
          named.add(new LogSource.Named(name, item, path));
        }
      }
    }
    if (logs == null) {
      for (LogSource.Named n : named) {
        problems.add(n.at(), n.path(), "logs.noFolder", Map.of("log", Texts.shorten(n.name())));
      }
      return;
    }
    for (LogSource.Log log : logs.read(named, problems)) {
      List<Node> records = log.records().items();
      for (Node record : records) {
        checkIn(record, DocumentPath.root(), null, log.problems());
      }
    }
  }

  private void nestedCheckIns(Fields f, @Nullable String element) {
    List<Node> items = f.list("checkIns");
    if (items == null) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      checkIn(items.get(i), f.at("checkIns", i), element == null ? "" : element, null);
    }
  }

  /**
   * A check-in, nested under its element ({@code element} is its id, empty when the id is wrong) or
   * naming it (in the plan's own list or a log: {@code element} null), recorded where it stands.
   *
   * @param log the problems of the log the check-in is a record of; null for the plan's own file
   */
  private void checkIn(
      Node node, DocumentPath path, @Nullable String element, @Nullable Problems log) {
    CheckIn c = readCheckIn(node, path, element, log == null ? problems : log);
    if (c == null) {
      return;
    }
    // the model's location of this check-in is checkIns[n], n its position in the plan's list
    List<String> allowed = element == null ? TOP_CHECK_IN : CHECK_IN;
    record(
        "checkIns",
        checkIns.size(),
        log == null ? new Place(path, node, allowed) : new Place(path, node, allowed, log));
    checkIns.add(c);
  }

  /**
   * A check-in read from its object: nested under its element ({@code element} is its id, empty
   * when the id is wrong), or naming it ({@code element} null), as the plan's own check-ins and the
   * records of a check-in log do.
   *
   * @return the check-in, or null when anything is wrong with it (each problem reported)
   */
  public static @Nullable CheckIn readCheckIn(
      Node node, DocumentPath path, @Nullable String element, Problems problems) {
    Fields f =
        Fields.of(node, path, problems, "a check-in", element == null ? TOP_CHECK_IN : CHECK_IN);
    if (f == null) {
      return null;
    }
    String id = element == null ? f.text("element", true) : element;
    LocalDate date = f.date("date", true);
    Double value = f.number("value", false);
    Boolean done = f.bool("done", false);
    if (f.value("value") == null && f.value("done") == null) {
      problems.add(node, path, "checkIn.missingValue", Map.of());
    } else if (f.value("value") != null && f.value("done") != null) {
      problems.add(node, path, "checkIn.valueAndDone", Map.of());
    }
    Double confidence = f.number("confidence", false);
    String note = f.text("note", false);
    String milestone = f.text("milestone", false);
    String author = f.text("author", false);
    Boolean correction = f.bool("correction", false);
    if (!f.ok() || id == null || id.isEmpty() || date == null) {
      return null;
    }
    CheckIn.Builder b =
        CheckIn.builder()
            .elementId(id)
            .date(date)
            .value(value != null ? value : Boolean.TRUE.equals(done) ? 1.0 : 0.0);
    if (confidence != null) {
      b.confidence(confidence);
    }
    if (note != null) {
      b.note(note);
    }
    if (milestone != null) {
      b.milestone(milestone);
    }
    if (author != null) {
      b.author(author);
    }
    if (correction != null) {
      b.correction(correction);
    }
    return b.build();
  }

  // ---------------------------------------------------------------- building

  private void build(Fields f, Runnable add) {
    try {
      add.run();
    } catch (RuntimeException e) {
      // the checks above leave nothing for the value types to refuse; this keeps a surprise
      // a problem of the file rather than a crash
      problems.refused(f.node(), f.path(), "plan.refused", e);
    }
  }

  /** Records where the part at {@code index} of the model's {@code collection} sits. */
  private void record(String collection, int index, Place place) {
    List<@Nullable Place> list = parts.computeIfAbsent(collection, c -> new ArrayList<>());
    while (list.size() <= index) {
      list.add(null);
    }
    list.set(index, place);
  }

  /**
   * Maps a problem of the model's validation to where it lies in the file: the part its location
   * starts with, by collection and position; a contribution by its position in the part's list;
   * then the fields, as deep as the file has them.
   */
  private void report(Problem problem, Node root) {
    List<Location.Step> steps = problem.location().steps();
    Place place = null;
    int used = 0;
    Location.Step first = steps.get(0);
    if (first.isPart()) {
      List<@Nullable Place> list = parts.get(first.name());
      int i = first.index().getAsInt();
      place = list != null && i < list.size() ? list.get(i) : null;
      used = place == null ? 0 : 1;
      if (place != null && steps.size() > 1 && steps.get(1).isPart()) {
        List<Place> contributions = place.contributions;
        int c = steps.get(1).index().getAsInt();
        if (steps.get(1).name().equals("contributions")
            && contributions != null
            && c < contributions.size()) {
          place = contributions.get(c);
          used = 2;
        }
      }
    }
    String path = (place == null ? base : place.path).toString();
    Node node = place == null ? root : place.node;
    List<String> allowed = place == null ? ROOT : place.allowed;
    int line = place == null ? node.line() : place.line;
    int column = place == null ? node.column() : place.column;
    for (int i = used; i < steps.size(); i++) {
      Location.Step s = steps.get(i);
      Place alias =
          place != null && place.aliases != null && i == used ? place.aliases.get(s.name()) : null;
      if (alias != null) {
        path = alias.path.toString();
        line = alias.line;
        column = alias.column;
        break;
      }
      Node.Field field =
          !s.isPart() && node.type() == Node.Type.OBJECT ? node.field(s.name()) : null;
      if (field == null) {
        if (i == used
            && !s.isPart()
            && node.type() == Node.Type.OBJECT
            && allowed.contains(s.name())) {
          path = path.isEmpty() ? s.name() : path + "." + s.name();
        }
        break;
      }
      path = path.isEmpty() ? s.name() : path + "." + s.name();
      line = field.line();
      column = field.column();
      node = field.value();
    }
    Problems sink = place == null || place.sink == null ? problems : place.sink;
    sink.add(line, column, path, problem);
  }
}
