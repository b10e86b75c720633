/**
 * Simulation spec files and result exports.
 *
 * <ul>
 *   <li>{@link org.okrkit.simulation.io.SimulationFiles} reads {@link
 *       org.okrkit.simulation.SimulationSpec}s from JSON or YAML, with the plan and policy files
 *       they name; the format is described in {@code FORMAT.md} of the okr-io module.
 *   <li>{@link org.okrkit.simulation.io.WorkforceFiles} reads and writes {@link
 *       org.okrkit.simulation.WorkforceSpec}s ({@code kind: workforce}); {@link
 *       org.okrkit.simulation.io.SimulationFiles#kind} tells a file's {@link
 *       org.okrkit.simulation.io.SpecKind}.
 *   <li>{@link org.okrkit.simulation.io.SweepFiles} reads and writes {@link
 *       org.okrkit.simulation.Sweep}s ({@code kind: sweep}): a spec run over a grid of
 *       outcome-model settings and seeds.
 *   <li>{@link org.okrkit.simulation.io.SimulationExports} writes a {@link
 *       org.okrkit.simulation.SimulationResult} or a {@link org.okrkit.simulation.WorkforceResult}
 *       as {@linkplain org.okrkit.io.ExportFormat JSON, CSV or Markdown}, a {@link
 *       org.okrkit.simulation.Histogram} as an SVG image, and a workforce study's metric period by
 *       period as an SVG line chart.
 * </ul>
 */
@NullMarked
@CheckReturnValue
package org.okrkit.simulation.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
