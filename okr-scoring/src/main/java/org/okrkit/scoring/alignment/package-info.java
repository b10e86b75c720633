/**
 * Alignment rules that need scores: they take a {@link org.okrkit.scoring.Scorecard} when built and
 * run in an {@link org.okrkit.core.alignment.AlignmentAnalyzer} beside the structural rules. Their
 * finding codes lie from {@code ALN100} to {@code ALN199}.
 */
@NullMarked
@CheckReturnValue
@OkrStyle
package org.okrkit.scoring.alignment;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.okrkit.core.OkrStyle;
