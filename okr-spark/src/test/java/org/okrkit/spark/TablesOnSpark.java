package org.okrkit.spark;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Plan;
import org.okrkit.tables.Column;
import org.okrkit.tables.PlanKey;
import org.okrkit.tables.PlanTables;
import org.okrkit.tables.RowOrigin;
import org.okrkit.tables.Table;
import org.okrkit.testing.RandomPlans;

/**
 * Plan tables for the scoring tests: generated plans as the rows of okr-tables, each with the
 * origin a CSV file would give it ({@code owners.csv}, its line after the header, its columns), and
 * the same rows as Spark Datasets with the columns {@code _source} and {@code _line}.
 */
final class TablesOnSpark {
  private TablesOnSpark() {}

  /** {@code count} small generated plans, a tenant per hundred, half of them revised. */
  static Map<PlanKey, Plan> plans(long seed, int count) {
    Map<PlanKey, Plan> plans = new LinkedHashMap<>();
    Random sizes = new Random(seed);
    for (int i = 0; i < count; i++) {
      long s = seed * 1_000_003L + i;
      Plan plan = RandomPlans.generate(s, sizes.nextInt(9), i % 3 == 0);
      if (i % 2 == 1) {
        plan = RandomPlans.revised(new Random(s), plan);
      }
      plans.put(PlanKey.of("tenant-" + i / 100, "plan-" + i), plan);
    }
    return plans;
  }

  /** The rows of {@code plans}, each table's rows numbered from line 2 of {@code <table>.csv}. */
  static Map<Table, List<org.okrkit.tables.Row>> rows(Map<PlanKey, Plan> plans) {
    Map<Table, List<org.okrkit.tables.Row>> out = new EnumMap<>(Table.class);
    PlanTables.rows(plans).forEach((t, rows) -> out.put(t, new ArrayList<>(rows)));
    return out;
  }

  /** {@code row} from line {@code line} of its table's CSV file. */
  static org.okrkit.tables.Row located(org.okrkit.tables.Row row, int line) {
    Table t = row.table();
    org.okrkit.tables.Row.Builder b =
        org.okrkit.tables.Row.builder(t).origin(RowOrigin.of(t + ".csv", line, columns(t)));
    for (Column c : t.columns()) {
      b.set(c.name(), row.get(c.name()).orElse(null));
    }
    return b.build();
  }

  /** Every row of {@code rows}, located at its line. */
  static List<org.okrkit.tables.Row> located(Map<Table, List<org.okrkit.tables.Row>> rows) {
    List<org.okrkit.tables.Row> all = new ArrayList<>();
    rows.forEach(
        (t, list) -> {
          for (int i = 0; i < list.size(); i++) {
            all.add(located(list.get(i), i + 2));
          }
        });
    return all;
  }

  /** The column numbers of {@code table}'s columns in its Dataset: its own order, from 1. */
  static ImmutableMap<String, Integer> columns(Table table) {
    ImmutableMap.Builder<String, Integer> at = ImmutableMap.builder();
    for (int i = 0; i < table.columns().size(); i++) {
      at.put(table.columns().get(i).name(), i + 1);
    }
    return at.buildOrThrow();
  }

  /**
   * The Datasets of {@code rows}: each table's columns as {@link SparkScoring#schema} types them,
   * except the tables of {@code asText}, all of whose columns are text (a CSV file read without a
   * schema), then {@code _source} and {@code _line}.
   */
  static Map<Table, Dataset<Row>> datasets(
      SparkSession spark, Map<Table, List<org.okrkit.tables.Row>> rows, List<Table> asText) {
    Map<Table, Dataset<Row>> out = new EnumMap<>(Table.class);
    for (Table t : Table.values()) {
      boolean text = asText.contains(t);
      StructType schema = new StructType();
      for (StructField f : SparkScoring.schema(t).fields()) {
        schema = schema.add(f.name(), text ? DataTypes.StringType : f.dataType(), true);
      }
      schema =
          schema
              .add(SparkScoring.SOURCE, DataTypes.StringType, false)
              .add(SparkScoring.LINE, DataTypes.IntegerType, false);
      List<Row> sparkRows = new ArrayList<>();
      List<org.okrkit.tables.Row> list = rows.getOrDefault(t, List.of());
      for (int i = 0; i < list.size(); i++) {
        org.okrkit.tables.Row r = list.get(i);
        List<@Nullable Object> values = new ArrayList<>();
        for (Column c : t.columns()) {
          Object v = r.get(c.name()).orElse(null);
          values.add(text ? text(v) : spark(v));
        }
        values.add(t + ".csv");
        values.add(i + 2);
        sparkRows.add(RowFactory.create(values.toArray()));
      }
      out.put(t, spark.createDataFrame(sparkRows, schema));
    }
    return out;
  }

  private static @Nullable Object spark(@Nullable Object v) {
    return v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v;
  }

  private static @Nullable Object text(@Nullable Object v) {
    return v == null ? null : v.toString();
  }

  /** The tables every test starts from, with no row. */
  static Map<Table, List<org.okrkit.tables.Row>> none() {
    Map<Table, List<org.okrkit.tables.Row>> out = new EnumMap<>(Table.class);
    for (Table t : Table.values()) {
      out.put(t, new ArrayList<>());
    }
    return out;
  }

  static ImmutableList<Table> noText() {
    return ImmutableList.of();
  }
}
