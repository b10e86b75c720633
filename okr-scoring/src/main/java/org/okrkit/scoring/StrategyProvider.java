package org.okrkit.scoring;

/**
 * Makes the strategies of one {@linkplain StrategySpec.Named named kind}: how a module outside
 * okrkit's core (a formula module, a host's own strategies) lets policy files and Spark tasks
 * rebuild its strategies from data. A provider is registered in {@link PolicyExtensions}, or found
 * by {@link java.util.ServiceLoader} when a module declares {@code provides
 * org.okrkit.scoring.StrategyProvider with ...} (or a {@code META-INF/services} entry on the class
 * path).
 *
 * <p>The strategies a provider makes should return their spec from {@link ScoringStrategy#spec()},
 * so that a policy holding them can be written and shipped again.
 */
public interface StrategyProvider {

  /** The kind this provider makes: an id, not the name of a built-in. */
  String kind();

  /**
   * The strategy of {@code spec}, whose kind is this provider's.
   *
   * @throws IllegalArgumentException if the parameters are not what this kind takes, saying which
   */
  ScoringStrategy strategy(StrategySpec.Named spec);
}
