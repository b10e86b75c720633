package org.okrkit.core;

/**
 * An element with a {@link Measure} and a {@link Target}, whose progress check-ins record: a {@link
 * KeyResult} or a {@link Kpi}.
 */
public sealed interface MeasuredElement extends Element permits KeyResult, Kpi {

  /** What is measured, and which way is better. */
  Measure measure();

  /** What the element aims for. */
  Target target();

  /**
   * The element's weight: within its objective for a key result, within its owner's scorecard for a
   * KPI. Finite and above 0 in a valid plan; only ratios between weights matter.
   */
  double weight();
}
