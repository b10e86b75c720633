package org.okrkit.simulation.io;

import java.util.Locale;

/**
 * What a simulation spec file describes, as its top-level {@code kind} says: a policy comparison
 * ({@code kind: comparison}, or no kind), a workforce study ({@code kind: workforce}) or a policy
 * sweep ({@code kind: sweep}). {@link SimulationFiles#kind} tells a file's kind, so that a host can
 * read it with {@link SimulationFiles}, {@link WorkforceFiles} or {@link SweepFiles}.
 */
public enum SpecKind {
  /** A Monte Carlo comparison of scoring policies: {@link org.okrkit.simulation.SimulationSpec}. */
  COMPARISON("a policy comparison"),
  /** A workforce study over periods: {@link org.okrkit.simulation.WorkforceSpec}. */
  WORKFORCE("a workforce study"),
  /**
   * A policy comparison run over a grid of outcome models and seeds: {@link
   * org.okrkit.simulation.Sweep}.
   */
  SWEEP("a policy sweep");

  private final String noun;

  SpecKind(String noun) {
    this.noun = noun;
  }

  /** The kind as a file writes it: {@code comparison}, {@code workforce}, {@code sweep}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What a spec of the kind is, for messages: "a workforce study". */
  public String noun() {
    return noun;
  }
}
