package org.okrkit.tables;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Measure;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;

/**
 * Plans as rows and back: {@link #rows} turns plans into the rows of every {@link Table}, and
 * {@link #assemble} turns rows into plans (see {@link PlanAssembler}, which also takes rows one at
 * a time). {@code assemble(rows(key, plan))} gives a plan equal to {@code plan}, with its original
 * definitions, its revisions and each element's check-ins in order of arrival.
 *
 * <pre>{@code
 * Map<Table, ImmutableList<Row>> rows = PlanTables.rows(PlanKey.of("acme", "2026-Q2"), plan);
 * AssembledPlans back = PlanTables.assemble(rows.values().stream().flatMap(List::stream).toList());
 * Plan same = back.plans().get(PlanKey.of("acme", "2026-Q2"));
 * }</pre>
 *
 * <p>The rows written hold typed values: {@code String}s, {@code Double}s, {@code Long}s (the
 * sequence numbers), {@code Boolean}s and {@code LocalDate}s; enum constants and periods as their
 * texts ({@code DEPARTMENT}, {@code 2026-Q2}). Optional columns with their default value are left
 * empty, except a KPI's weight and frequency, which are always written.
 */
public final class PlanTables {
  private PlanTables() {}

  /**
   * The rows of {@code plan} under {@code key}, by table: every table present, in the order of
   * {@link Table#values()}, an empty list for a table the plan has no rows in. Each row's origin is
   * unknown.
   */
  public static ImmutableMap<Table, ImmutableList<Row>> rows(PlanKey key, Plan plan) {
    return rows(ImmutableMap.of(requireNonNull(key, "key"), requireNonNull(plan, "plan")));
  }

  /**
   * The rows of several plans, by table, each plan's rows under its key, plans in the map's order.
   */
  public static ImmutableMap<Table, ImmutableList<Row>> rows(Map<PlanKey, Plan> plans) {
    Map<Table, List<Row>> out = new EnumMap<>(Table.class);
    for (Table t : Table.values()) {
      out.put(t, new ArrayList<>());
    }
    plans.forEach((key, plan) -> new Writer(key, plan, out).write());
    ImmutableMap.Builder<Table, ImmutableList<Row>> result = ImmutableMap.builder();
    out.forEach((t, rows) -> result.put(t, ImmutableList.copyOf(rows)));
    return result.buildOrThrow();
  }

  /** The plans {@code rows} hold, with every problem: {@link PlanAssembler} with the defaults. */
  public static AssembledPlans assemble(Iterable<Row> rows) {
    return PlanAssembler.create().addAll(rows).finish();
  }

  /** {@code rows} assembled under {@code limits}. */
  public static AssembledPlans assemble(Iterable<Row> rows, TableLimits limits) {
    return PlanAssembler.create(limits).addAll(rows).finish();
  }

  /** Writes the rows of one plan. */
  private static final class Writer {
    private final PlanKey key;
    private final Plan plan;
    private final Map<Table, List<Row>> out;

    Writer(PlanKey key, Plan plan, Map<Table, List<Row>> out) {
      this.key = key;
      this.plan = plan;
      this.out = out;
    }

    private Row.Builder row(Table table) {
      return Row.builder(table).key(key);
    }

    private void add(Row.Builder row) {
      Row r = row.build();
      requireNonNull(out.get(r.table()), "every table has a list").add(r);
    }

    void write() {
      Row.Builder p = row(Table.PLANS).set("period", plan.period().toString());
      plan.name().ifPresent(n -> p.set("name", n));
      add(p);
      for (Owner o : plan.owners()) {
        add(
            row(Table.OWNERS)
                .set("id", o.id())
                .set("name", o.name())
                .set("level", o.level().name())
                .set("parent", o.parentId().orElse(null)));
      }
      Plan original = plan.original();
      for (Objective o : original.objectives()) {
        Row.Builder r =
            row(Table.OBJECTIVES)
                .set("id", o.id())
                .set("title", o.title())
                .set("owner", o.ownerId())
                .set("kind", o.kind().name())
                .set("parent", o.parentId().orElse(null))
                .set("period", o.period().map(Object::toString).orElse(null));
        if (o.parentSupportOnly()) {
          r.set("parent_support_only", true);
        }
        add(r);
        tags(o.id(), o.tags());
      }
      for (KeyResult k : original.keyResults()) {
        measured(
            k,
            row(Table.KEY_RESULTS)
                .set("objective", k.objectiveId())
                .set("weight", boxed(k.assignedWeight())));
        tags(k.id(), k.tags());
      }
      for (Kpi k : original.kpis()) {
        measured(
            k,
            row(Table.KPIS)
                .set("owner", k.ownerId())
                .set("weight", k.weight())
                .set("frequency", k.frequency().name())
                .set("period", k.period().map(Object::toString).orElse(null)));
        contributions(k.id(), null, k.contributions());
        tags(k.id(), k.tags());
      }
      long number = 0;
      for (Revision rev : plan.revisions()) {
        number++;
        Row.Builder r =
            dated(Table.REVISIONS, "revision", number, rev.elementId(), rev.date())
                .set("change", rev.kind().name())
                .set("reason", rev.reason())
                .set("author", rev.author());
        switch (rev.kind()) {
          case TARGET -> {
            Target t = rev.target().orElseThrow();
            target(r, t);
            milestones(rev.elementId(), number, t);
          }
          case WEIGHT -> r.set("weight", rev.weight().orElseThrow());
          default -> contributions(rev.elementId(), number, rev.contributions());
        }
        add(r);
      }
      long seq = 0;
      for (CheckIn c : plan.checkIns()) {
        seq++;
        Row.Builder r =
            dated(Table.CHECK_INS, "seq", seq, c.elementId(), c.date())
                .set("value", c.value())
                .set("milestone", c.milestone().orElse(null))
                .set("confidence", boxed(c.confidence()))
                .set("note", c.note().orElse(null))
                .set("author", c.author().orElse(null));
        if (c.correction()) {
          r.set("correction", true);
        }
        add(r);
      }
    }

    /**
     * Adds the row of a key result or KPI, whose own columns {@code r} holds, with the columns all
     * measured elements share, then its target's milestones.
     */
    private void measured(MeasuredElement e, Row.Builder r) {
      r.set("id", e.id()).set("title", e.title());
      measure(r, e.measure());
      target(r, e.target());
      add(r);
      milestones(e.id(), null, e.target());
    }

    /** A row of a numbered, dated change of an element: a revision or a check-in. */
    private Row.Builder dated(
        Table table, String numberColumn, long number, String element, LocalDate date) {
      return row(table).set(numberColumn, number).set("element", element).set("date", date);
    }

    private void tags(String element, Set<String> tags) {
      for (String tag : tags) {
        add(row(Table.TAGS).set("element", element).set("tag", tag));
      }
    }

    private static void measure(Row.Builder r, Measure m) {
      r.set("measure_name", m.name())
          .set("measure_unit", m.unit().name())
          .set("measure_direction", m.direction().name());
    }

    private static void target(Row.Builder r, Target t) {
      r.set("target_kind", t.kind().name())
          .set("target_baseline", boxed(t.baseline()))
          .set("target_value", boxed(t.value()))
          .set("target_threshold", boxed(t.threshold()))
          .set("target_stretch", boxed(t.stretch()))
          .set("target_low", boxed(t.low()))
          .set("target_high", boxed(t.high()));
    }

    private void milestones(String element, @Nullable Long revision, Target t) {
      long position = 0;
      for (Milestone m : t.milestones()) {
        position++;
        Row.Builder r =
            row(Table.MILESTONES)
                .set("element", element)
                .set("revision", revision)
                .set("position", position)
                .set("name", m.name())
                .set("due", m.due().orElse(null));
        if (Double.compare(m.weight(), 1.0) != 0) {
          r.set("weight", m.weight());
        }
        add(r);
      }
    }

    private void contributions(
        String kpi, @Nullable Long revision, List<Contribution> contributions) {
      long position = 0;
      for (Contribution c : contributions) {
        position++;
        Row.Builder r =
            row(Table.CONTRIBUTIONS)
                .set("kpi", kpi)
                .set("revision", revision)
                .set("position", position)
                .set("key_result", c.keyResultId());
        if (Double.compare(c.weight(), 1.0) != 0) {
          r.set("weight", c.weight());
        }
        if (c.supportOnly()) {
          r.set("support_only", true);
        }
        add(r);
      }
    }

    private static @Nullable Double boxed(OptionalDouble d) {
      return d.isPresent() ? d.getAsDouble() : null;
    }
  }
}
