/**
 * Alignment analysis of okrkit plans: do the KPIs serve the key results they are meant to break
 * down? An {@link org.okrkit.alignment.AlignmentAnalyzer} runs the structural rules over a plan
 * and, given a {@link org.okrkit.scoring.Scorecard}, the score-aware rules over its scores; the
 * {@link org.okrkit.alignment.AlignmentGraph} answers coverage and impact questions, and {@link
 * org.okrkit.alignment.WhatIf} tells how a KPI moves its objectives' scores.
 */
module org.okrkit.alignment {
  requires transitive org.okrkit.scoring;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;

  exports org.okrkit.alignment;
}
