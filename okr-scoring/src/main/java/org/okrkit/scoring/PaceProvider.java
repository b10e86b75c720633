package org.okrkit.scoring;

/**
 * Makes the paces of one {@linkplain PaceSpec.Named named kind}; registered like a {@link
 * StrategyProvider}.
 */
public interface PaceProvider {

  /** The kind this provider makes: an id, not {@code linear} or {@code curve}. */
  String kind();

  /**
   * The pace of {@code spec}, whose kind is this provider's.
   *
   * @throws IllegalArgumentException if the parameters are not what this kind takes, saying which
   */
  Pace pace(PaceSpec.Named spec);
}
