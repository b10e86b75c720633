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
 *   <li>A sweep: either study over a grid of settings × seeds, a {@link
 *       org.okrkit.simulation.Sweep} or a {@link org.okrkit.simulation.WorkforceSweep}, each cell
 *       bit for bit its study run alone. Both studies also run in blocks of trials (a workforce
 *       study's companies) that combine to the run in one go, for hosts that spread them out.
 * </ul>
 */
@NullMarked
@CheckReturnValue
@OkrStyle
package org.okrkit.simulation;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.okrkit.core.OkrStyle;
