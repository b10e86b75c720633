package org.okrkit.formula;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.cel.runtime.CelVariableResolver;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Period;
import org.okrkit.core.Target;
import org.okrkit.scoring.ScoringInput;

/**
 * The numbers a formula reads for one input, as CEL variables. A number the target does not have is
 * absent: it is bound to nothing (never to 0), so a formula that reads it fails, and {@code
 * has(given.stretch)} tells whether it is there. Made for one evaluation; not shared.
 */
final class Variables implements CelVariableResolver {
  static final String ACTUAL = "actual";
  static final String BASELINE = "baseline";
  static final String TARGET = "target";
  static final String THRESHOLD = "threshold";
  static final String STRETCH = "stretch";
  static final String LOW = "low";
  static final String HIGH = "high";
  static final String ELAPSED = "elapsed";

  /** The map of the numbers present, by name. */
  static final String GIVEN = "given";

  /** The numbers, in the order explanations list them. */
  static final ImmutableList<String> NAMES =
      ImmutableList.of(ACTUAL, BASELINE, TARGET, THRESHOLD, STRETCH, LOW, HIGH, ELAPSED);

  private final double[] values = new double[NAMES.size()];
  private int present;

  /** The first absent number the formula asked for; null when none. */
  private @Nullable String missing;

  Variables(ScoringInput input) {
    set(0, input.actual());
    Target t = input.target();
    switch (t.kind()) {
      case ABSOLUTE, RELATIVE -> {
        set(1, t.baseline());
        set(2, t.absoluteValue());
        set(3, t.absoluteThreshold());
        set(4, t.absoluteStretch());
      }
      case RANGE -> {
        set(1, t.baseline());
        set(5, t.low());
        set(6, t.high());
      }
      case MILESTONES -> {
        // the actual value is the share done: from none (0) to all (1)
        set(1, 0.0);
        set(2, 1.0);
      }
    }
    if (input.period().isPresent() && input.asOf().isPresent()) {
      Period period = input.period().get();
      set(7, period.fractionElapsed(input.asOf().get()));
    }
  }

  private void set(int i, OptionalDouble value) {
    if (value.isPresent()) {
      set(i, value.getAsDouble());
    }
  }

  private void set(int i, double value) {
    values[i] = value;
    present |= 1 << i;
  }

  /** The numbers by index in {@link #NAMES}; those not {@linkplain #present() present} are 0. */
  double[] values() {
    return values;
  }

  /** Bit {@code i} is set when number {@code i} of {@link #NAMES} is present. */
  int present() {
    return present;
  }

  /** The number named {@code name}, when present. */
  OptionalDouble get(String name) {
    int i = NAMES.indexOf(name);
    return i >= 0 && (present & (1 << i)) != 0
        ? OptionalDouble.of(values[i])
        : OptionalDouble.empty();
  }

  @Override
  public Optional<Object> find(String name) {
    int i = index(name);
    if (i >= 0) {
      if ((present & (1 << i)) != 0) {
        return Optional.of(values[i]);
      }
      if (missing == null) {
        missing = name;
      }
      return Optional.empty();
    }
    if (name.equals(GIVEN)) {
      ImmutableMap.Builder<String, Double> given = ImmutableMap.builder();
      for (int n = 0; n < NAMES.size(); n++) {
        if ((present & (1 << n)) != 0) {
          given.put(NAMES.get(n), values[n]);
        }
      }
      return Optional.of(given.buildOrThrow());
    }
    return Optional.empty();
  }

  // a switch, not a map lookup: this runs for every variable of every evaluation
  private static int index(String name) {
    return switch (name) {
      case ACTUAL -> 0;
      case BASELINE -> 1;
      case TARGET -> 2;
      case THRESHOLD -> 3;
      case STRETCH -> 4;
      case LOW -> 5;
      case HIGH -> 6;
      case ELAPSED -> 7;
      default -> -1;
    };
  }

  /** The first absent number the formula asked for, if it asked for one. */
  Optional<String> missing() {
    return Optional.ofNullable(missing);
  }
}
