package org.okrkit.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.okrkit.tables.PlanKey;

/**
 * The four outputs of scoring plan tables and the one Dataset they are computed as: {@link #ALL}
 * has a column {@code output} saying which of them a row belongs to and the columns of all four
 * (those of the same name are of the same type), so that each plan is assembled and scored once and
 * each output is a filter and a projection of the same rows.
 */
final class Output {
  static final Output ELEMENTS =
      new Output(
          0,
          new StructType()
              .add("tenant", DataTypes.StringType, false)
              .add("plan", DataTypes.StringType, false)
              .add("as_of", DataTypes.DateType, false)
              .add("element", DataTypes.StringType, false)
              .add("kind", DataTypes.StringType, false)
              .add("owner", DataTypes.StringType, false)
              .add("level", DataTypes.StringType, false)
              .add("score", DataTypes.DoubleType, true)
              .add("band", DataTypes.StringType, true)
              .add("status", DataTypes.StringType, true)
              .add("actual", DataTypes.DoubleType, true)
              .add("progress", DataTypes.DoubleType, true)
              .add("signed_progress", DataTypes.DoubleType, true)
              .add("confidence", DataTypes.DoubleType, true)
              .add("expected_progress", DataTypes.DoubleType, true));
  static final Output OWNERS =
      new Output(
          1,
          new StructType()
              .add("tenant", DataTypes.StringType, false)
              .add("plan", DataTypes.StringType, false)
              .add("as_of", DataTypes.DateType, false)
              .add("owner", DataTypes.StringType, false)
              .add("level", DataTypes.StringType, false)
              .add("kpi_score", DataTypes.DoubleType, true)
              .add("okr_score", DataTypes.DoubleType, true)
              .add("composite", DataTypes.DoubleType, true)
              .add("band", DataTypes.StringType, true)
              .add("status", DataTypes.StringType, true)
              .add("confidence", DataTypes.DoubleType, true));
  static final Output FINDINGS =
      new Output(
          2,
          new StructType()
              .add("tenant", DataTypes.StringType, false)
              .add("plan", DataTypes.StringType, false)
              .add("code", DataTypes.StringType, false)
              .add("severity", DataTypes.StringType, false)
              .add("subject", DataTypes.StringType, true)
              .add("ids", DataTypes.createArrayType(DataTypes.StringType, false), false)
              .add("message", DataTypes.StringType, false)
              .add("hint", DataTypes.StringType, false));
  static final Output PROBLEMS =
      new Output(
          3,
          new StructType()
              .add("tenant", DataTypes.StringType, true)
              .add("plan", DataTypes.StringType, true)
              .add("table", DataTypes.StringType, true)
              .add("source", DataTypes.StringType, false)
              .add("line", DataTypes.IntegerType, false)
              .add("column", DataTypes.IntegerType, false)
              .add("field", DataTypes.StringType, false)
              .add("code", DataTypes.StringType, true)
              .add("message", DataTypes.StringType, false));

  private static final List<Output> VALUES = List.of(ELEMENTS, OWNERS, FINDINGS, PROBLEMS);

  /** The column of {@link #ALL} that holds the ordinal of the output a row belongs to. */
  static final String OUTPUT = "output";

  /** Every output's columns, each name once, after {@link #OUTPUT}; every column nullable. */
  static final StructType ALL;

  private static final Map<String, Integer> AT = new LinkedHashMap<>();

  static {
    Map<String, DataType> columns = new LinkedHashMap<>();
    columns.put(OUTPUT, DataTypes.ByteType);
    for (Output o : VALUES) {
      for (StructField f : o.schema.fields()) {
        DataType before = columns.putIfAbsent(f.name(), f.dataType());
        if (before != null && !before.equals(f.dataType())) {
          throw new AssertionError("column " + f.name() + " has two types");
        }
      }
    }
    StructType all = new StructType();
    for (Map.Entry<String, DataType> e : columns.entrySet()) {
      AT.put(e.getKey(), AT.size());
      all = all.add(e.getKey(), e.getValue(), true);
    }
    ALL = all;
    for (Output o : VALUES) {
      StructField[] fields = o.schema.fields();
      for (int i = 0; i < fields.length; i++) {
        o.positions[i] = java.util.Objects.requireNonNull(AT.get(fields[i].name()));
      }
    }
  }

  private final byte tag;
  private final StructType schema;
  private final int[] positions;

  private Output(int tag, StructType schema) {
    this.tag = (byte) tag;
    this.schema = schema;
    this.positions = new int[schema.size()];
  }

  /** The output's columns. */
  StructType schema() {
    return schema;
  }

  /** This output's rows of {@code all}, a Dataset of {@link #ALL}, in this output's columns. */
  Dataset<Row> of(Dataset<Row> all) {
    Column[] columns = new Column[schema.size()];
    StructField[] fields = schema.fields();
    for (int i = 0; i < fields.length; i++) {
      columns[i] = functions.col(fields[i].name());
    }
    return all.filter(functions.col(OUTPUT).equalTo(tag)).select(columns);
  }

  private Row row(@Nullable Object... values) {
    int[] at = positions;
    @Nullable Object[] all = new Object[AT.size()];
    all[0] = tag;
    for (int i = 0; i < values.length; i++) {
      all[at[i]] = values[i];
    }
    return RowFactory.create(all);
  }

  static Row element(
      PlanKey key,
      Object asOf,
      String element,
      String kind,
      String owner,
      String level,
      @Nullable Double score,
      @Nullable String band,
      @Nullable String status,
      @Nullable Double actual,
      @Nullable Double progress,
      @Nullable Double signedProgress,
      @Nullable Double confidence,
      @Nullable Double expectedProgress) {
    return ELEMENTS.row(
        key.tenant(),
        key.plan(),
        asOf,
        element,
        kind,
        owner,
        level,
        score,
        band,
        status,
        actual,
        progress,
        signedProgress,
        confidence,
        expectedProgress);
  }

  static Row owner(
      PlanKey key,
      Object asOf,
      String owner,
      String level,
      @Nullable Double kpiScore,
      @Nullable Double okrScore,
      @Nullable Double composite,
      @Nullable String band,
      @Nullable String status,
      @Nullable Double confidence) {
    return OWNERS.row(
        key.tenant(),
        key.plan(),
        asOf,
        owner,
        level,
        kpiScore,
        okrScore,
        composite,
        band,
        status,
        confidence);
  }

  static Row finding(
      PlanKey key, String code, String severity, List<String> ids, String message, String hint) {
    return FINDINGS.row(
        key.tenant(),
        key.plan(),
        code,
        severity,
        ids.isEmpty() ? null : ids.get(0),
        scala.jdk.javaapi.CollectionConverters.asScala(ids).toSeq(),
        message,
        hint);
  }

  static Row problem(
      @Nullable String tenant,
      @Nullable String plan,
      @Nullable String table,
      String source,
      int line,
      int column,
      String field,
      @Nullable String code,
      String message) {
    return PROBLEMS.row(tenant, plan, table, source, line, column, field, code, message);
  }
}
