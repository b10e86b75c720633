package org.okrkit.formula;

import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.StrategyProvider;
import org.okrkit.scoring.StrategySpec;

/**
 * Provides strategy kind {@code formula} to policy files and {@link
 * org.okrkit.scoring.PolicyExtensions#loaded()}: declared in {@code META-INF/services}, so that
 * readers of policies find it whenever this module is on the path, without depending on it.
 */
public final class FormulaStrategyProvider implements StrategyProvider {

  /** The provider; {@link java.util.ServiceLoader} makes one. */
  public FormulaStrategyProvider() {}

  @Override
  public String kind() {
    return FormulaStrategies.KIND;
  }

  /** See {@link FormulaStrategies#of(StrategySpec.Named)}. */
  @Override
  public ScoringStrategy strategy(StrategySpec.Named spec) {
    return FormulaStrategies.of(spec);
  }

  @Override
  public String toString() {
    return "FormulaStrategyProvider[formula]";
  }
}
