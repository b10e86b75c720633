package org.okrkit.scoring;

/** The colour a score shows in, decided by the policy's {@link Bands}. */
public enum Band {
  /** Well short of what was expected. */
  RED,
  /** Some way to go. */
  YELLOW,
  /** As good as expected, or better. */
  GREEN
}
