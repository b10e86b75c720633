/**
 * Monte Carlo comparison of {@link org.okrkit.scoring.ScoringPolicy scoring policies}: describe an
 * experiment as a {@link org.okrkit.simulation.SimulationSpec}, {@linkplain
 * org.okrkit.simulation.Simulation#compile compile} it once, run it, and read, print or export the
 * {@link org.okrkit.simulation.SimulationResult}.
 */
@NullMarked
@CheckReturnValue
@OkrStyle
package org.okrkit.simulation;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.okrkit.core.OkrStyle;
