package org.okrkit.alignment;

/**
 * How much a {@link Finding} matters. The declaration order is the order of a report: {@code ERROR}
 * first.
 */
public enum Severity {
  /** The alignment is broken or contradicts itself: a KPI pulls against its key result. */
  ERROR,
  /** A gap or a likely mistake that someone should look at before the period starts. */
  WARNING,
  /** Legitimate, but worth seeing: a KPI supporting another unit's key result. */
  INFO
}
