package org.okrkit.examples;

import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.testing.MirrorSymmetricStrategyContract;

/**
 * The example's custom strategy keeps the laws every built-in keeps, checked by okr-testing's
 * {@link MirrorSymmetricStrategyContract} as a host checks its own strategy.
 */
class CliffProperties implements MirrorSymmetricStrategyContract {
  @Override
  public ScoringStrategy strategy() {
    return new CustomStrategyExample.Cliff(0.5);
  }
}
