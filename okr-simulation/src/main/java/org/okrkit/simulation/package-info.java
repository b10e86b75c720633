/**
 * Monte Carlo studies of {@link org.okrkit.scoring.ScoringPolicy scoring policies}.
 *
 * <ul>
 *   <li>A comparison: how policies score the same simulated people. Describe it as a {@link
 *       org.okrkit.simulation.SimulationSpec}, {@linkplain org.okrkit.simulation.Simulation#compile
 *       compile} it once, run it, and read, print or export the {@link
 *       org.okrkit.simulation.SimulationResult}.
 *   <li>A workforce study: what acting on ratings (dismissals, turnover, selective hiring) does to
 *       a workforce's true ability over the years. Describe it as a {@link
 *       org.okrkit.simulation.WorkforceSpec}, run it with {@link
 *       org.okrkit.simulation.WorkforceSimulation}, and read the {@link
 *       org.okrkit.simulation.WorkforceResult} period by period.
 * </ul>
 */
@NullMarked
@CheckReturnValue
@OkrStyle
package org.okrkit.simulation;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.okrkit.core.OkrStyle;
