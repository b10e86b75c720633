/**
 * Plan and scoring-policy files, and exports of scores and alignment reports.
 *
 * <ul>
 *   <li>{@link org.okrkit.io.PlanFiles} reads and writes {@link org.okrkit.core.Plan}s, {@link
 *       org.okrkit.io.PolicyFiles} {@link org.okrkit.scoring.ScoringPolicy ScoringPolicies}, as
 *       {@linkplain org.okrkit.io.Format JSON or YAML}. The format is described in {@code
 *       FORMAT.md} of the okr-io module and by the JSON Schema of {@link
 *       org.okrkit.io.PlanFiles#jsonSchema()}.
 *   <li>Reading is bounded by {@link org.okrkit.io.ReadLimits}; anything wrong with a file is a
 *       {@link org.okrkit.io.PlanFileException} listing every {@link org.okrkit.io.FileProblem}
 *       with its line, column and path.
 *   <li>{@link org.okrkit.io.Exports} writes a {@link org.okrkit.scoring.Scorecard} or an {@link
 *       org.okrkit.alignment.AlignmentReport} as {@linkplain org.okrkit.io.ExportFormat JSON, CSV
 *       or Markdown}.
 *   <li>{@code org.okrkit.io.document} is the machinery these files are read and written with, for
 *       modules that define file formats of their own.
 * </ul>
 */
@NullMarked
@CheckReturnValue
@OkrStyle
package org.okrkit.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.okrkit.core.OkrStyle;
