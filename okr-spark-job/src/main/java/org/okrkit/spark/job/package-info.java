/**
 * okrkit's Spark jobs, the main classes of the job jar ({@code okr-spark-job.jar}) that {@code
 * spark-submit} runs: {@link org.okrkit.spark.job.SimulateJob} runs a simulation spec file's trials
 * as Spark tasks and {@link org.okrkit.spark.job.SweepJob} a sweep file's grid as one Spark job,
 * each writing its metrics; {@link org.okrkit.spark.job.TablesJob} writes plan files as plan
 * tables, and {@link org.okrkit.spark.job.ScoreTablesJob} scores plan tables into element scores,
 * owner scores, findings and problems. Each writes Parquet, or CSV.
 *
 * <p>Every job takes its files and output folder as arguments, prints its usage for {@code --help},
 * and ends with exit code 0 when it has written its output, 2 for arguments it cannot use (said
 * before Spark starts) or an output folder that exists (said before any work), and 1 when its input
 * is invalid or the job fails, with a message saying what, where and what was expected. A job runs
 * on the master that {@code spark-submit --master} (or the {@code spark.master} system property)
 * names, and on {@code local[*]}, every core of this machine, when none is named.
 */
@NullMarked
@CheckReturnValue
package org.okrkit.spark.job;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
