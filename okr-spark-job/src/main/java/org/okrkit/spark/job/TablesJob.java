package org.okrkit.spark.job;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.okrkit.core.Plan;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFiles;
import org.okrkit.spark.SparkScoring;
import org.okrkit.tables.Column;
import org.okrkit.tables.PlanKey;
import org.okrkit.tables.PlanTables;
import org.okrkit.tables.Table;

/**
 * Writes plan files as plan tables, one folder per table named as the table ({@code plans}, {@code
 * owners}, {@code key_results} …) with its columns ({@link SparkScoring#schema(Table)}), in Parquet
 * or CSV: the tables {@link ScoreTablesJob} reads. Each plan goes under the plan key {@code
 * TENANT/NAME}, its file's name without the extension under the tenant {@code --tenant} (empty by
 * default), so that one set of tables holds every plan given.
 *
 * <pre>{@code
 * spark-submit --class org.okrkit.spark.job.TablesJob okr-spark-job.jar out/tables \
 *     okr-examples/plans/marketing.yaml okr-examples/plans/start-up.yaml --tenant acme
 * }</pre>
 *
 * <p>A host whose plans live in a database writes the same tables from its own queries; this job is
 * for trying the scoring job on plan files, and for tests.
 */
public final class TablesJob implements Jobs.Job {
  static final String NAME = "TablesJob";

  static final String USAGE =
      """
      usage: TablesJob [options] OUTPUT PLAN...
      Writes the plan files PLAN... (JSON or YAML) as plan tables: one folder per table inside
      OUTPUT (plans, owners, objectives, key_results, kpis, tags, contributions, milestones,
      revisions, check_ins), each plan under the key TENANT/NAME, NAME its file's name without
      the extension.
        --tenant TENANT    the tenant of every plan's key (default: empty)
        --format FORMAT    parquet (the default) or csv (with a header line)
        --overwrite        replace the tables' folders if they exist (else the job refuses to start)
        --help             print this and stop
      Exit codes: 0 written, 1 invalid plan file or failed job, 2 unusable arguments (an existing
      output folder among them).
      """;

  private final String output;
  private final Map<PlanKey, Path> plans;
  private final String format;
  private final boolean overwrite;

  private TablesJob(String output, Map<PlanKey, Path> plans, String format, boolean overwrite) {
    this.output = output;
    this.plans = plans;
    this.format = format;
    this.overwrite = overwrite;
  }

  /** Runs the job; see {@link TablesJob} and {@code --help}. Exits with 1 or 2 on an error. */
  public static void main(String[] args) {
    int code = Jobs.main(NAME, USAGE, TablesJob::parse, args, System.out, System.err);
    if (code != Jobs.OK) {
      System.exit(code);
    }
  }

  /** The job that {@code args} describe. */
  static TablesJob parse(String[] args) {
    JobArguments a =
        JobArguments.parse(
            args, List.of("OUTPUT", "PLAN..."), Set.of("tenant", "format"), Set.of("overwrite"));
    String tenant = a.option("tenant").orElse("");
    Map<PlanKey, Path> plans = new LinkedHashMap<>();
    for (int i = 1; i < a.operands(); i++) {
      Path file = Path.of(a.operand(i));
      PlanKey key = PlanKey.of(tenant, name(file));
      Path before = plans.put(key, file);
      if (before != null) {
        throw new JobArguments.UsageException(
            String.format(
                Locale.ROOT,
                "%s and %s would have the same plan key %s; give plan files of different names",
                before,
                file,
                shown(key)));
      }
    }
    return new TablesJob(
        a.operand(0), plans, a.choice("format", Jobs.FORMATS, "parquet"), a.flag("overwrite"));
  }

  /** A key as the command line shows it: {@code TENANT/PLAN}, or {@code PLAN} for no tenant. */
  private static String shown(PlanKey key) {
    return key.tenant().isEmpty() ? key.plan() : key.toString();
  }

  /** A plan file's name without its extension: its plan's name in the key. */
  private static String name(Path file) {
    Path name = file.toAbsolutePath().normalize().getFileName();
    String text = name == null ? "plan" : name.toString();
    int dot = text.lastIndexOf('.');
    return Format.of(file).isPresent() && dot > 0 ? text.substring(0, dot) : text;
  }

  @Override
  public void run(SparkSession spark, PrintStream out) throws IOException {
    List<String> names = new ArrayList<>();
    for (Table table : Table.values()) {
      names.add(table.tableName());
    }
    Jobs.checkOutputs(spark, output, names, overwrite);
    Map<PlanKey, Plan> read = new LinkedHashMap<>();
    for (Map.Entry<PlanKey, Path> plan : plans.entrySet()) {
      read.put(plan.getKey(), PlanFiles.read(plan.getValue()));
    }
    Map<Table, ? extends List<org.okrkit.tables.Row>> rows = PlanTables.rows(read);
    long written = 0;
    for (Table table : Table.values()) {
      StructType schema = SparkScoring.schema(table);
      List<Row> sparkRows = new ArrayList<>();
      List<org.okrkit.tables.Row> tableRows = rows.get(table);
      // every table is there, an empty list for one without rows
      for (org.okrkit.tables.Row row :
          tableRows == null ? List.<org.okrkit.tables.Row>of() : tableRows) {
        Object[] values = new Object[table.columns().size()];
        int i = 0;
        for (Column column : table.columns()) {
          values[i++] = row.get(column.name()).orElse(null);
        }
        sparkRows.add(RowFactory.create(values));
      }
      Dataset<Row> dataset = spark.createDataFrame(sparkRows, schema);
      String unused = Jobs.write(dataset.coalesce(1), output, table.tableName(), format, overwrite);
      written += sparkRows.size();
    }
    List<String> keys = new ArrayList<>();
    read.keySet().forEach(k -> keys.add(shown(k)));
    out.printf(
        Locale.ROOT,
        "%s: %d plan%s (%s); wrote %d tables, %d rows, to %s%n",
        NAME,
        read.size(),
        read.size() == 1 ? "" : "s",
        String.join(", ", keys),
        Table.values().length,
        written,
        output);
  }
}
