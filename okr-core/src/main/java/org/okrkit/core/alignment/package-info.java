/**
 * Alignment analysis: do the KPIs serve the key results they are meant to break down?
 *
 * <p>An {@link org.okrkit.core.alignment.AlignmentGraph} holds a plan's alignment structure (owners,
 * objectives, key results and KPIs, and what contributes to what) and answers coverage and impact
 * questions. An {@link org.okrkit.core.alignment.AlignmentAnalyzer} runs {@link
 * org.okrkit.core.alignment.AlignmentRule}s over it (the built-ins of {@link
 * org.okrkit.core.alignment.AlignmentRules} and any a host adds) and returns an {@link
 * org.okrkit.core.alignment.AlignmentReport} of {@link org.okrkit.core.alignment.Finding}s and
 * coverage figures. Everything here is immutable and safe to share between threads, reads no clock
 * and keeps no global state.
 */
@NullMarked
@CheckReturnValue
@OkrStyle
package org.okrkit.core.alignment;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.okrkit.core.OkrStyle;
