/**
 * The scoring engine's internals: the built-in strategies' arithmetic, aggregation kernels and the
 * compiled batch. Not exported; no API.
 */
@NullMarked
@CheckReturnValue
package org.okrkit.scoring.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
