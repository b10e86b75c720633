/**
 * The simulation's compiled form: populations, arms and workforces as arrays, per-thread
 * workspaces, statistics and exports. Not exported; no API.
 */
@NullMarked
@CheckReturnValue
package org.okrkit.simulation.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
