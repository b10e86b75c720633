/**
 * Simulation spec files and result exports.
 *
 * <ul>
 *   <li>{@link org.okrkit.simulation.io.SimulationFiles} reads {@link
 *       org.okrkit.simulation.SimulationSpec}s from JSON or YAML, with the plan and policy files
 *       they name; the format is described in {@code FORMAT.md} of the okr-io module.
 *   <li>{@link org.okrkit.simulation.io.SimulationExports} writes a {@link
 *       org.okrkit.simulation.SimulationResult} as {@linkplain org.okrkit.io.ExportFormat JSON, CSV
 *       or Markdown}, and a {@link org.okrkit.simulation.Histogram} as an SVG image.
 * </ul>
 */
@NullMarked
@CheckReturnValue
package org.okrkit.simulation.io;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
