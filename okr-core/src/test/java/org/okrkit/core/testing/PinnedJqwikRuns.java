package org.okrkit.core.testing;

import java.util.Optional;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.FixedSeedMode;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Pins every jqwik property to one seed and at most a given number of tries when the system
 * properties {@value #SEED} and {@value #TRIES} are set, and does nothing when they are not, so
 * that ordinary builds keep their random seeds.
 *
 * <p>The mutation profile sets both: a mutant is then judged by the same samples in every run, and
 * the properties, run once per mutant, take a fraction of their usual time. A property's own seed
 * ({@code @Property(seed = ...)}) is kept; its own tries are lowered to the pinned count, never
 * raised. Failures remembered from earlier runs are ignored while the seed is pinned, so that the
 * order in which mutants run cannot change what a property generates.
 *
 * <p>Registered for every jqwik container through {@code
 * META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}, which the test-jar carries to the other
 * modules' tests.
 */
public final class PinnedJqwikRuns implements AroundPropertyHook {
  /** The system property naming the seed, for example {@code 42}. */
  public static final String SEED = "okrkit.jqwik.seed";

  /** The system property naming the most tries a property may run, a positive integer. */
  public static final String TRIES = "okrkit.jqwik.tries";

  /** Created by jqwik's service loader. */
  public PinnedJqwikRuns() {}

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    pin(context.attributes(), System.getProperty(SEED), System.getProperty(TRIES));
    return property.execute();
  }

  /** Applies a seed and a ceiling on tries, each only when given. */
  static void pin(PropertyAttributes attributes, String seed, String tries) {
    if (seed != null && !seed.isBlank()) {
      if (attributes.seed().filter(s -> !s.isEmpty()).isEmpty()) {
        attributes.setSeed(seed.strip());
      }
      attributes.setAfterFailure(AfterFailureMode.RANDOM_SEED);
      attributes.setWhenFixedSeed(FixedSeedMode.ALLOW);
    }
    if (tries != null && !tries.isBlank()) {
      int ceiling = Integer.parseInt(tries.strip());
      if (ceiling < 1) {
        throw new IllegalArgumentException(TRIES + " must be at least 1 but is " + ceiling);
      }
      Optional<Integer> own = attributes.tries();
      attributes.setTries(own.map(t -> Math.min(t, ceiling)).orElse(ceiling));
    }
  }
}
