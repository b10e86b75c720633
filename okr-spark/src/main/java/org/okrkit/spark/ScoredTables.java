package org.okrkit.spark;

import static java.util.Objects.requireNonNull;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * What {@link SparkScoring} gives for a set of plan tables: four Datasets, one row per element,
 * owner, finding or problem per plan key. They are computed together, as one Dataset of the rows of
 * all four that Spark {@linkplain Dataset#persist(StorageLevel) persists} (memory, then disk) the
 * first time one of them is used, so that each plan is assembled and scored once however many of
 * them are used; {@link #unpersist()} lets it go.
 *
 * <p>Within a plan key, rows follow the plan: elements as {@link org.okrkit.scoring.Scorecard}
 * lists them (objectives, key results, KPIs), owners in plan order, findings in report order and
 * problems in the order found; the order of plan keys, and of rows across partitions, is Spark's.
 * Columns described as "empty" hold null there.
 *
 * <p>Immutable; the Datasets are Spark's own.
 */
public final class ScoredTables {
  private final Dataset<Row> all;
  private final Dataset<Row> elements;
  private final Dataset<Row> owners;
  private final Dataset<Row> findings;
  private final Dataset<Row> problems;

  ScoredTables(Dataset<Row> all) {
    this.all = requireNonNull(all, "all").persist(StorageLevel.MEMORY_AND_DISK());
    this.elements = Output.ELEMENTS.of(this.all);
    this.owners = Output.OWNERS.of(this.all);
    this.findings = Output.FINDINGS.of(this.all);
    this.problems = Output.PROBLEMS.of(this.all);
  }

  /**
   * One row per objective, key result and KPI of each plan scored: {@code tenant}, {@code plan},
   * {@code as_of} (the date scored as of), {@code element} (its id), {@code kind} ({@code
   * OBJECTIVE}, {@code KEY_RESULT}, {@code KPI}), {@code owner} (the id of its owner, for a key
   * result its objective's) and {@code level} (that owner's level, such as {@code TEAM}), then as
   * {@link org.okrkit.scoring.ElementScore} holds them: {@code score}, {@code band} ({@code RED},
   * {@code AMBER}, {@code GREEN}), {@code status}, {@code actual}, {@code progress}, {@code
   * signed_progress}, {@code confidence} and {@code expected_progress}, each empty where the score
   * has none.
   */
  public Dataset<Row> elementScores() {
    return elements;
  }

  /**
   * One row per owner of each plan scored: {@code tenant}, {@code plan}, {@code as_of}, {@code
   * owner} (its id), {@code level}, then as {@link org.okrkit.scoring.OwnerScore} holds them:
   * {@code kpi_score}, {@code okr_score}, {@code composite}, {@code band}, {@code status} and
   * {@code confidence}, each empty where the owner has none.
   */
  public Dataset<Row> ownerScores() {
    return owners;
  }

  /**
   * One row per alignment finding of each plan scored, by the default rules with the plan's scores:
   * {@code tenant}, {@code plan}, {@code code} ({@code ALN001}), {@code severity} ({@code ERROR},
   * {@code WARNING}, {@code INFO}), {@code subject} (the first of the ids, the element or owner the
   * finding is about; empty when it has none), {@code ids} (an array of every id involved), {@code
   * message} and {@code hint}.
   */
  public Dataset<Row> findings() {
    return findings;
  }

  /**
   * One row per problem of the plan keys whose rows do not make a valid plan, and of rows without a
   * plan key: {@code tenant} and {@code plan} (empty for a row without a key), {@code table}
   * ({@code key_results}; empty for a problem of no one table, such as a policy that does not fit
   * the plan), {@code source} and {@code line} (from the Dataset's {@value SparkScoring#SOURCE} and
   * {@value SparkScoring#LINE} columns; empty text and 0 when unknown), {@code column} (the
   * position of the field's column in the Dataset, from 1; 0 when unknown), {@code field} (the
   * column's name; empty for the row as a whole), {@code code} (the problem's code, such as {@code
   * value.wrongType} or {@code ref.unknownElement}; empty for one without) and {@code message}
   * (what is wrong and what was expected).
   */
  public Dataset<Row> problems() {
    return problems;
  }

  /** Lets Spark drop the persisted rows; the Datasets are computed again if used afterwards. */
  public void unpersist() {
    all.unpersist();
  }

  /** {@code ScoredTables[elements, owners, findings, problems]}. */
  @Override
  public String toString() {
    return "ScoredTables[elements, owners, findings, problems]";
  }
}
