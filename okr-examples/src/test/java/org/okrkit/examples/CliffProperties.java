package org.okrkit.examples;

import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.testing.MirrorSymmetricStrategyContract;

/** The example's custom strategy keeps the laws every built-in keeps. */
class CliffProperties implements MirrorSymmetricStrategyContract {
  @Override
  public ScoringStrategy strategy() {
    return new CustomStrategyExample.Cliff(0.5);
  }
}
