/**
 * Alignment analysis: do the KPIs serve the key results they are meant to break down?
 *
 * <p>An {@link org.okrkit.alignment.AlignmentGraph} holds a plan's alignment structure (owners,
 * objectives, key results and KPIs, and what contributes to what) and answers coverage and impact
 * questions. An {@link org.okrkit.alignment.AlignmentAnalyzer} runs {@link
 * org.okrkit.alignment.AlignmentRule}s over it (the structural built-ins of {@link
 * org.okrkit.alignment.AlignmentRules}, the score-aware ones of {@link
 * org.okrkit.alignment.ScoreAwareRules}, which read a {@link org.okrkit.scoring.Scorecard} from the
 * analysis, and any a host adds) and returns an {@link org.okrkit.alignment.AlignmentReport} of
 * {@link org.okrkit.alignment.Finding}s and coverage figures; every built-in code is written from
 * one table of {@link org.okrkit.alignment.FindingTemplates}. A {@link org.okrkit.alignment.WhatIf}
 * sets a KPI's impact beside how meeting or missing it would move each objective's score.
 * Everything here is immutable and safe to share between threads, reads no clock and keeps no
 * global state.
 */
@NullMarked
@CheckReturnValue
@OkrStyle
package org.okrkit.alignment;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.okrkit.core.OkrStyle;
