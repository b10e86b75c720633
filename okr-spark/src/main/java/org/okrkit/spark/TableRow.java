package org.okrkit.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * One row of a plan table on its way from the host's Dataset to the task that assembles its plan:
 * the table, the row's place in its Dataset, where it came from and its values in the order of the
 * table's columns ({@code tenant} and {@code plan} first), each a {@code String}, a {@code Long}, a
 * {@code Double}, a {@code BigDecimal}, a {@code Boolean} or a {@code LocalDate}, or null. It
 * travels through the shuffle as a Spark row of {@link #WIRE}, its values packed in one binary
 * column.
 */
final class TableRow {
  /** The columns of a row on its way: {@code group} is what the rows of one plan share. */
  static final StructType WIRE =
      new StructType()
          .add("group", DataTypes.StringType, false)
          .add("table", DataTypes.ByteType, false)
          .add("order", DataTypes.LongType, false)
          .add("source", DataTypes.StringType, false)
          .add("line", DataTypes.IntegerType, false)
          .add("values", DataTypes.BinaryType, false);

  private static final byte NULL = 0;
  private static final byte TEXT = 1;
  private static final byte LONG = 2;
  private static final byte DOUBLE = 3;
  private static final byte TRUE = 4;
  private static final byte FALSE = 5;
  private static final byte DATE = 6;
  private static final byte DECIMAL = 7;

  /** The index of the row's {@link org.okrkit.tables.Table} in {@code Table.values()}. */
  final byte table;

  /** The row's place in its Dataset's order: its partition in the high bits, then its index. */
  final long order;

  /** The source of the row: a file's or query's name; empty when unknown. */
  final String source;

  /** The line or row number in the source, from 1; 0 when unknown. */
  final int line;

  /** The values, by the position of the table's columns. */
  final @Nullable Object[] values;

  TableRow(byte table, long order, String source, int line, @Nullable Object[] values) {
    this.table = table;
    this.order = order;
    this.source = source;
    this.line = line;
    this.values = values;
  }

  /**
   * The key the rows of one plan share: {@code K}, the tenant's length, {@code :}, the tenant and
   * the plan when both are texts (no two plan keys share one); {@code X} for every row whose key is
   * not two texts, so that their problems are reported together.
   */
  String group() {
    return values[0] instanceof String tenant && values[1] instanceof String plan
        ? "K" + tenant.length() + ":" + tenant + plan
        : "X";
  }

  /** This row as a Spark row of {@link #WIRE}. */
  Row wire() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * values.length);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeShort(values.length);
      for (Object v : values) {
        write(out, v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return RowFactory.create(group(), table, order, source, line, bytes.toByteArray());
  }

  /** The row that {@code wire}, a Spark row of {@link #WIRE}, carries. */
  static TableRow of(Row wire) {
    byte[] packed = (byte[]) wire.get(5);
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(packed))) {
      @Nullable Object[] values = new Object[in.readShort()];
      for (int i = 0; i < values.length; i++) {
        values[i] = read(in);
      }
      return new TableRow(
          wire.getByte(1), wire.getLong(2), wire.getString(3), wire.getInt(4), values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(DataOutputStream out, @Nullable Object v) throws IOException {
    if (v == null) {
      out.writeByte(NULL);
    } else if (v instanceof String s) {
      out.writeByte(TEXT);
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    } else if (v instanceof Boolean b) {
      out.writeByte(b ? TRUE : FALSE);
    } else if (v instanceof LocalDate d) {
      out.writeByte(DATE);
      out.writeLong(d.toEpochDay());
    } else if (v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte) {
      out.writeByte(LONG);
      out.writeLong(((Number) v).longValue());
    } else if (v instanceof Double || v instanceof Float) {
      out.writeByte(DOUBLE);
      out.writeDouble(((Number) v).doubleValue());
    } else if (v instanceof BigDecimal d) {
      out.writeByte(DECIMAL);
      write(out, d.toString());
    } else {
      write(out, v.toString());
    }
  }

  private static @Nullable Object read(DataInputStream in) throws IOException {
    byte tag = in.readByte();
    return switch (tag) {
      case NULL -> null;
      case TEXT -> {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        yield new String(utf8, StandardCharsets.UTF_8);
      }
      case LONG -> in.readLong();
      case DOUBLE -> in.readDouble();
      case TRUE -> true;
      case FALSE -> false;
      case DATE -> LocalDate.ofEpochDay(in.readLong());
      case DECIMAL -> new BigDecimal((String) java.util.Objects.requireNonNull(read(in)));
      default -> throw new IllegalStateException("unknown tag " + tag + " in a packed row");
    };
  }
}
