package org.okrkit.spark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.okrkit.tables.Column;
import org.okrkit.tables.Table;

/**
 * Reads the rows of one table's Dataset as {@link TableRow}s (as Spark rows of {@link
 * TableRow#WIRE}), on the executors: finds each of the table's columns in the Dataset's schema
 * once, on the driver, and then takes each row's values by position. A column of the table the
 * Dataset lacks has no value in any row (a required one is refused on the driver); a column of the
 * Dataset the table lacks is ignored, except {@link SparkScoring#SOURCE} and {@link
 * SparkScoring#LINE}, which say where a row came from. Each row keeps its place in the Dataset's
 * order (its partition, then its place in the partition), so that the rows of a plan are assembled
 * in the order the host gave them, whatever order the shuffle brings them in.
 */
final class TableReader implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final byte table;
  private final int[] positions;
  private final int source;
  private final int line;

  private TableReader(byte table, int[] positions, int source, int line) {
    this.table = table;
    this.positions = positions;
    this.source = source;
    this.line = line;
  }

  /**
   * The reader of {@code table}'s rows from a Dataset of {@code schema}; {@code index} is the
   * table's place in {@code Table.values()}.
   *
   * @throws IllegalArgumentException if the schema lacks a required column of the table, or has
   *     {@code _source} or {@code _line} of another type than text and whole number
   */
  static TableReader of(Table table, int index, StructType schema) {
    Map<String, Integer> fields = new LinkedHashMap<>();
    StructField[] all = schema.fields();
    for (int i = 0; i < all.length; i++) {
      fields.putIfAbsent(all[i].name(), i);
    }
    List<String> missing = new ArrayList<>();
    int[] positions = new int[table.columns().size()];
    for (int i = 0; i < positions.length; i++) {
      Column c = table.columns().get(i);
      Integer at = fields.get(c.name());
      if (at == null && c.required()) {
        missing.add(c.name());
      }
      positions[i] = at == null ? -1 : at;
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "the Dataset of table "
              + table.tableName()
              + " lacks the required column(s) "
              + String.join(", ", missing)
              + "; it has "
              + String.join(", ", schema.fieldNames())
              + ", and the table's columns are "
              + String.join(", ", table.columns().stream().map(SparkScoring::describe).toList()));
    }
    return new TableReader(
        (byte) index,
        positions,
        origin(table, fields, all, SparkScoring.SOURCE, DataTypes.StringType),
        origin(table, fields, all, SparkScoring.LINE, DataTypes.LongType));
  }

  private static int origin(
      Table table, Map<String, Integer> fields, StructField[] all, String name, DataType type) {
    Integer at = fields.get(name);
    if (at == null) {
      return -1;
    }
    DataType given = all[at].dataType();
    boolean fits =
        type.equals(DataTypes.StringType)
            ? given.equals(DataTypes.StringType)
            : given.equals(DataTypes.LongType)
                || given.equals(DataTypes.IntegerType)
                || given.equals(DataTypes.ShortType)
                || given.equals(DataTypes.ByteType);
    if (!fits) {
      throw new IllegalArgumentException(
          "column "
              + name
              + " of the Dataset of table "
              + table.tableName()
              + " is of type "
              + given.simpleString()
              + "; expected "
              + (type.equals(DataTypes.StringType) ? "string" : "a whole number (int or bigint)"));
    }
    return at;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    long partition = TaskContext.getPartitionId();
    return new Iterator<>() {
      private long index;

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return read(rows.next(), (partition << 40) | index++).wire();
      }
    };
  }

  /** The row at {@code order} in the Dataset's order. */
  TableRow read(Row row, long order) {
    @Nullable Object[] values = new Object[positions.length];
    for (int i = 0; i < positions.length; i++) {
      int at = positions[i];
      values[i] = at < 0 || row.isNullAt(at) ? null : value(row.get(at));
    }
    String from = source < 0 || row.isNullAt(source) ? "" : row.getString(source);
    int number = 0;
    if (line >= 0 && !row.isNullAt(line)) {
      long l = ((Number) row.get(line)).longValue();
      number = l < 1 || l > Integer.MAX_VALUE ? 0 : (int) l;
    }
    return new TableRow(table, order, from, number, values);
  }

  /**
   * A value of a Spark row as a plan table's row takes it: texts, numbers (a {@code Long}, a {@code
   * Double}, a {@code BigDecimal} …) and booleans as they are, dates as {@code LocalDate}s; any
   * other value (a timestamp, bytes, an array) as its text, which the assembly then reports as a
   * value of the wrong type where the column wants another.
   */
  static Object value(Object v) {
    if (v instanceof String
        || v instanceof Number
        || v instanceof Boolean
        || v instanceof LocalDate) {
      return v;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof Timestamp t) {
      return t.toLocalDateTime().toString();
    }
    if (v instanceof Instant || v instanceof LocalDateTime) {
      return v.toString();
    }
    if (v instanceof byte[] bytes) {
      return "[" + bytes.length + " bytes]";
    }
    return String.valueOf(v);
  }
}
