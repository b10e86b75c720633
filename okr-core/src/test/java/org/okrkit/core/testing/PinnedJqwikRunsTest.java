package org.okrkit.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * {@link PinnedJqwikRuns} as jqwik sees it through the service loader: a property run by a nested
 * launcher draws the same samples every time once the seed is pinned, and no more than the pinned
 * tries.
 */
class PinnedJqwikRunsTest {
  private String savedSeed;
  private String savedTries;

  @BeforeEach
  void save() {
    savedSeed = System.getProperty(PinnedJqwikRuns.SEED);
    savedTries = System.getProperty(PinnedJqwikRuns.TRIES);
  }

  @AfterEach
  void restore() {
    set(PinnedJqwikRuns.SEED, savedSeed);
    set(PinnedJqwikRuns.TRIES, savedTries);
  }

  @Test
  void aPinnedSeedDrawsTheSameSamplesInEveryRunAndPinnedTriesCapTheRun() {
    set(PinnedJqwikRuns.SEED, "42");
    set(PinnedJqwikRuns.TRIES, "7");

    List<Long> first = run();
    List<Long> second = run();

    assertEquals(7, first.size());
    assertEquals(first, second);
  }

  @Test
  void pinnedTriesNeverRaiseAPropertysOwnTries() {
    set(PinnedJqwikRuns.SEED, "42");
    set(PinnedJqwikRuns.TRIES, "500");

    assertEquals(Probe.OWN_TRIES, run().size());
  }

  @Test
  void withoutThePropertiesEveryRunDrawsItsOwnSamples() {
    set(PinnedJqwikRuns.SEED, null);
    set(PinnedJqwikRuns.TRIES, null);

    List<Long> first = run();
    List<Long> second = run();

    assertEquals(Probe.OWN_TRIES, first.size());
    assertNotEquals(first, second);
  }

  @Test
  void triesBelowOneAreRefusedWithTheirName() {
    set(PinnedJqwikRuns.TRIES, "0");

    SummaryGeneratingListener summary = launch();

    assertEquals(1, summary.getSummary().getTestsFailedCount());
    assertEquals(
        "okrkit.jqwik.tries must be at least 1 but is 0",
        summary.getSummary().getFailures().get(0).getException().getMessage());
  }

  private static List<Long> run() {
    SummaryGeneratingListener summary = launch();
    assertEquals(1, summary.getSummary().getTestsSucceededCount());
    return List.copyOf(Probe.samples);
  }

  private static SummaryGeneratingListener launch() {
    Probe.samples.clear();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    LauncherFactory.create()
        .execute(
            LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Probe.class)).build(),
            summary);
    return summary;
  }

  private static void set(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  /** Records what it is given; run only by the nested launcher above. */
  static class Probe {
    static final int OWN_TRIES = 30;
    static final List<Long> samples = new ArrayList<>();

    @Property(tries = OWN_TRIES)
    void record(@ForAll long sample) {
      samples.add(sample);
    }
  }
}
