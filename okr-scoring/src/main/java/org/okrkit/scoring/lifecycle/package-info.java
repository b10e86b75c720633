/**
 * The plan's life across periods: {@link org.okrkit.scoring.lifecycle.Rollover} closes a period's
 * OKRs and carries its KPIs into the next, re-tuned to the new OKRs; {@link
 * org.okrkit.scoring.lifecycle.Calibration} looks back over closed periods for targets that are too
 * easy or too hard.
 */
@NullMarked
@CheckReturnValue
@OkrStyle
package org.okrkit.scoring.lifecycle;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.okrkit.core.OkrStyle;
