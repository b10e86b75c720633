/**
 * Scoring of okrkit plans: pluggable {@link org.okrkit.scoring.ScoringStrategy strategies} for key
 * results and KPIs, {@link org.okrkit.scoring.Aggregation aggregations} for objectives and owners,
 * a {@link org.okrkit.scoring.ScoringPolicy policy} that combines them as data, and the resulting
 * {@link org.okrkit.scoring.Scorecard} with an explanation of every score.
 */
@NullMarked
@CheckReturnValue
@OkrStyle
package org.okrkit.scoring;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.okrkit.core.OkrStyle;
