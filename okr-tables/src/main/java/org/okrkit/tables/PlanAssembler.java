package org.okrkit.tables;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Plan;

/**
 * Turns rows of plan tables into plans: rows are {@linkplain #add added} one at a time, in any
 * order and from any number of sources (a host streams them from its own queries), then {@link
 * #finish} groups them by {@link PlanKey} and builds one {@link Plan} per key that has a row in
 * {@link Table#PLANS}.
 *
 * <p>Every problem is collected at once and located at its row (source, line, column where known,
 * plan key, table and field): a missing value, a value of the wrong type or not among a column's
 * choices, a text longer than {@link TableLimits#maxFieldLength()}, a duplicate key (a second
 * {@code plans} row, a repeated {@code revision} or check-in {@code seq}), a dangling id (a tag,
 * milestone or contribution of an element or revision the plan lacks), a row whose plan key has no
 * {@code plans} row, and the plan's own validation problems (an unknown owner, a stretch below the
 * target, a cycle …) mapped back to the rows they came from. One plan key's problems never stop
 * another's plan; a plan key with a problem of its rows' shape is not validated as a plan until
 * they are fixed, so that one mistake is not reported twice.
 *
 * <p>Rows keep the order they were added in where order matters and the table has no number of its
 * own for it: the elements of a plan (in its lists), and the tags of an element. Milestones and
 * contributions are in the order of their {@code position} (those without one after, in the order
 * added); revisions in the order of their {@code revision} number, check-ins in that of their
 * {@code seq}.
 *
 * <p>An assembler is not thread-safe; use one per assembly. What it returns is immutable.
 */
public final class PlanAssembler {
  private final TableLimits limits;
  private final Map<PlanKey, List<Rows.Parsed>> groups = new LinkedHashMap<>();
  private final List<TableProblem> general = new ArrayList<>();
  private final List<TableProblem> keyless = new ArrayList<>();
  private long rows;

  // the key of the row added last and its group: rows mostly come a plan at a time
  private @Nullable PlanKey lastKey;
  private List<Rows.Parsed> lastGroup = new ArrayList<>();

  private PlanAssembler(TableLimits limits) {
    this.limits = requireNonNull(limits, "limits");
  }

  /** An assembler under the default {@link TableLimits}. */
  public static PlanAssembler create() {
    return new PlanAssembler(TableLimits.defaults());
  }

  /** An assembler under {@code limits}. */
  public static PlanAssembler create(TableLimits limits) {
    return new PlanAssembler(limits);
  }

  /**
   * Adds a row. A row beyond {@link TableLimits#maxRows()} is not kept, and the first such row is
   * reported as a problem of the tables as a whole.
   */
  @CanIgnoreReturnValue
  public PlanAssembler add(Row row) {
    requireNonNull(row, "row");
    rows++;
    if (rows > limits.maxRows()) {
      if (rows == limits.maxRows() + 1) {
        general.add(
            TableProblem.of(
                Optional.empty(),
                row.origin().source(),
                row.origin().line(),
                0,
                Optional.of(row.table()),
                "",
                TableProblem.TABLE_PROBLEMS,
                "limit.rows",
                ImmutableMap.of("limit", limits.maxRows())));
      }
      return this;
    }
    PlanKey last = lastKey;
    if (last != null && row.hasKey(last)) {
      lastGroup.add(Rows.parse(row, last, limits));
      return this;
    }
    Optional<PlanKey> key = row.key();
    if (key.isEmpty()) {
      for (String column : List.of(Table.TENANT, Table.PLAN)) {
        Object v = row.get(column).orElse(null);
        if (!(v instanceof String)) {
          keyless.add(
              v == null
                  ? Rows.problem(row, Optional.empty(), column, "value.missing", Map.of())
                  : Rows.wrongType(row, Optional.empty(), column, ColumnType.TEXT, v));
        }
      }
      return this;
    }
    // each row is read as it comes, so that a reader's texts need not be kept until the end
    List<Rows.Parsed> group = groups.computeIfAbsent(key.get(), k -> new ArrayList<>());
    group.add(Rows.parse(row, key.get(), limits));
    lastKey = key.get();
    lastGroup = group;
    return this;
  }

  /** Adds rows, in order; see {@link #add}. */
  @CanIgnoreReturnValue
  public PlanAssembler addAll(Iterable<Row> rows) {
    for (Row r : requireNonNull(rows, "rows")) {
      add(r);
    }
    return this;
  }

  /**
   * Records a problem of the tables as a whole, found by whoever reads the rows (a file that cannot
   * be read, a header without a required column): {@link #finish} then reports it first and
   * assembles no plan, since the rows are not all there.
   */
  @CanIgnoreReturnValue
  public PlanAssembler report(TableProblem problem) {
    general.add(requireNonNull(problem, "problem"));
    return this;
  }

  /**
   * The plans of the rows added, by key in the order each key first appeared, and every problem.
   * The assembler should not be used afterwards.
   */
  public AssembledPlans finish() {
    List<TableProblem> problems = new ArrayList<>(general);
    problems.addAll(keyless);
    ImmutableMap.Builder<PlanKey, Plan> plans = ImmutableMap.builder();
    groups.forEach(
        (key, rows) -> {
          KeyAssembly a = new KeyAssembly(key, rows);
          Plan plan = a.assemble();
          problems.addAll(a.problems());
          if (plan != null && general.isEmpty()) {
            plans.put(key, plan);
          }
        });
    return new AssembledPlans(plans.buildOrThrow(), ImmutableList.copyOf(problems));
  }
}
