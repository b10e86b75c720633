package org.okrkit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.okrkit.scoring.ScoringInput;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.Strategies;

/**
 * The jqwik kits, run by jqwik's engine through a launcher of this test's own: a kit implemented
 * with a broken strategy fails the property of the law it breaks, with the law's own message, and
 * the plain checks run inside a jqwik property as well as outside one.
 */
class JqwikKitsTest {

  @Test
  void aStrategyAboveItsMaximumFailsTheBoundsPropertyAndNoOther() {
    TestExecutionSummary summary = launch(AboveTheMaximum.class);

    List<String> failed =
        summary.getFailures().stream()
            .map(f -> f.getTestIdentifier().getDisplayName())
            .sorted()
            .collect(Collectors.toList());
    assertEquals(List.of("scoresLieFromZeroToTheMaximum"), failed);
    String message = summary.getFailures().get(0).getException().getMessage();
    assertTrue(message.startsWith("score 1.25 outside [0, 1.0], for "), message);
    // the other three laws of the kit, and the mirror law, pass
    assertEquals(4, summary.getTestsSucceededCount());
  }

  @Test
  void thePlainChecksRunInsideAJqwikPropertyToo() {
    TestExecutionSummary summary = launch(PlainChecksInside.class);

    assertEquals(List.of(), summary.getFailures(), () -> summary.getFailures().toString());
    assertEquals(2, summary.getTestsSucceededCount());
  }

  private static TestExecutionSummary launch(Class<?> kit) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request().selectors(selectClass(kit)).build(),
            listener);
    return listener.getSummary();
  }

  /**
   * The OKR grade plus a quarter, which exceeds the maximum at and beyond the target: a
   * mirror-symmetric and monotone strategy that breaks the bounds law only.
   */
  static class AboveTheMaximum implements MirrorSymmetricStrategyContract {
    @Override
    public ScoringStrategy strategy() {
      return new Raised();
    }

    record Raised() implements ScoringStrategy {
      @Override
      public double score(ScoringInput input) {
        return Strategies.linear().score(input) * 1.25;
      }
    }
  }

  /** Plain checks called from a jqwik example and a jqwik property. */
  static class PlainChecksInside {
    @Example
    void fromAnExample() {
      Contracts.checkStrategy(Strategies.linear(), 1, 20);
    }

    @Property(tries = 3)
    void fromAProperty(@ForAll long seed) {
      Contracts.checkAggregation(org.okrkit.scoring.Aggregations.minimum(), seed, 10);
    }
  }
}
