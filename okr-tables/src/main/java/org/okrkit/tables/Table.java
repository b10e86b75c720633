package org.okrkit.tables;

import static org.okrkit.tables.ColumnType.BOOLEAN;
import static org.okrkit.tables.ColumnType.DATE;
import static org.okrkit.tables.ColumnType.INTEGER;
import static org.okrkit.tables.ColumnType.NUMBER;
import static org.okrkit.tables.ColumnType.TEXT;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tables of a plan, one per kind of row, and their columns. Every table starts with the plan
 * key's columns {@code tenant} and {@code plan} (see {@link PlanKey}), so that one set of tables
 * holds many plans. The reference of each table and column is {@code okr-io/FORMAT.md}, section
 * "Plan tables".
 *
 * <p>Rows of {@link #PLANS} say which plans there are; a row of any other table names its plan by
 * its key, and its element by id ({@code owner}, {@code objective}, {@code kpi}, {@code element}).
 * The elements' own rows hold their original definitions; {@link #REVISIONS} holds the dated
 * changes. A target lies in the columns {@code target_*} of its key result, KPI or target revision,
 * and its milestones in {@link #MILESTONES}; a KPI's contributions lie in {@link #CONTRIBUTIONS},
 * as do those a revision gives it.
 */
public enum Table {
  /** One row per plan: its name and period. */
  PLANS("plans", cols().text("name", false).text("period", true)),
  /** The owners: people and units. */
  OWNERS(
      "owners",
      cols().text("id", true).text("name", true).text("level", true).text("parent", false)),
  /** The objectives. */
  OBJECTIVES(
      "objectives",
      cols()
          .text("id", true)
          .text("title", true)
          .text("owner", true)
          .text("kind", false)
          .text("parent", false)
          .bool("parent_support_only", false)
          .text("period", false)),
  /** The key results, as originally defined. */
  KEY_RESULTS(
      "key_results",
      cols()
          .text("id", true)
          .text("objective", true)
          .text("title", true)
          .measure()
          .target(true)
          .number("weight", false)),
  /** The KPIs, as originally defined. */
  KPIS(
      "kpis",
      cols()
          .text("id", true)
          .text("owner", true)
          .text("title", true)
          .measure()
          .target(true)
          .number("weight", false)
          .text("frequency", false)
          .text("period", false)),
  /** The tags of objectives, key results and KPIs: one row per tag. */
  TAGS("tags", cols().text("element", true).text("tag", true)),
  /**
   * A KPI's contributions to key results: its own ({@code revision} empty) or those a revision of
   * kind {@code CONTRIBUTIONS} gives it.
   */
  CONTRIBUTIONS(
      "contributions",
      cols()
          .text("kpi", true)
          .integer("revision", false)
          .integer("position", false)
          .text("key_result", true)
          .number("weight", false)
          .bool("support_only", false)),
  /**
   * The milestones of a target: that of a key result or KPI ({@code revision} empty) or that of a
   * revision of kind {@code TARGET}.
   */
  MILESTONES(
      "milestones",
      cols()
          .text("element", true)
          .integer("revision", false)
          .integer("position", false)
          .text("name", true)
          .number("weight", false)
          .date("due", false)),
  /** The revisions: dated changes of a key result's or KPI's target, weight or contributions. */
  REVISIONS(
      "revisions",
      cols()
          .integer("revision", true)
          .text("element", true)
          .date("date", true)
          .text("change", true)
          .target(false)
          .number("weight", false)
          .text("reason", true)
          .text("author", true)),
  /** The check-ins, in order of arrival. */
  CHECK_INS(
      "check_ins",
      cols()
          .integer("seq", true)
          .text("element", true)
          .date("date", true)
          .number("value", true)
          .text("milestone", false)
          .number("confidence", false)
          .text("note", false)
          .text("author", false)
          .bool("correction", false));

  /** The column of every table that holds the key's tenant. */
  public static final String TENANT = "tenant";

  /** The column of every table that holds the key's plan. */
  public static final String PLAN = "plan";

  private final String tableName;
  private final ImmutableList<Column> columns;
  private final ImmutableMap<String, Column> byName;
  private final ImmutableMap<String, Integer> positions;

  Table(String tableName, Columns columns) {
    this.tableName = tableName;
    List<Column> all = new ArrayList<>();
    all.add(new Column(TENANT, TEXT, true));
    all.add(new Column(PLAN, TEXT, true));
    all.addAll(columns.list);
    this.columns = ImmutableList.copyOf(all);
    ImmutableMap.Builder<String, Column> names = ImmutableMap.builder();
    ImmutableMap.Builder<String, Integer> at = ImmutableMap.builder();
    for (int i = 0; i < all.size(); i++) {
      names.put(all.get(i).name(), all.get(i));
      at.put(all.get(i).name(), i);
    }
    this.byName = names.buildOrThrow();
    this.positions = at.buildOrThrow();
  }

  /** The table's name, lower case with {@code _}: {@code key_results}; a CSV file's base name. */
  public String tableName() {
    return tableName;
  }

  /** The columns, {@code tenant} and {@code plan} first, in the order the writers write them. */
  public ImmutableList<Column> columns() {
    return columns;
  }

  /** The column named {@code name}, if the table has one. */
  public Optional<Column> column(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The table named {@code tableName} ({@code key_results}), if there is one. */
  public static Optional<Table> named(String tableName) {
    for (Table t : values()) {
      if (t.tableName.equals(tableName)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The position of {@code name} in {@link #columns()}, or -1. */
  int position(String name) {
    Integer at = positions.get(name);
    return at == null ? -1 : at;
  }

  /** {@link #tableName()}. */
  @Override
  public String toString() {
    return tableName;
  }

  private static Columns cols() {
    return new Columns();
  }

  /** The columns of a table as its constant lists them. */
  private static final class Columns {
    final List<Column> list = new ArrayList<>();

    Columns text(String name, boolean required) {
      list.add(new Column(name, TEXT, required));
      return this;
    }

    Columns number(String name, boolean required) {
      list.add(new Column(name, NUMBER, required));
      return this;
    }

    Columns integer(String name, boolean required) {
      list.add(new Column(name, INTEGER, required));
      return this;
    }

    Columns bool(String name, boolean required) {
      list.add(new Column(name, BOOLEAN, required));
      return this;
    }

    Columns date(String name, boolean required) {
      list.add(new Column(name, DATE, required));
      return this;
    }

    Columns measure() {
      return text("measure_name", true).text("measure_unit", true).text("measure_direction", true);
    }

    Columns target(boolean required) {
      return text("target_kind", required)
          .number("target_baseline", false)
          .number("target_value", false)
          .number("target_threshold", false)
          .number("target_stretch", false)
          .number("target_low", false)
          .number("target_high", false);
    }
  }
}
