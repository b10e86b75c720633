package org.okrkit.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * A pace as data: {@link Pace.Linear}, a {@link Pace.Curve} through points, {@link
 * Pace.FrontLoaded}, {@link Pace.BackLoaded}, {@link Pace.Milestones}, {@link Pace.ByDates} (each
 * its own spec), or a {@link Named} pace of a kind defined elsewhere, rebuilt by the {@link
 * PaceProvider} registered for its kind. Serializable, as every spec; see {@link StrategySpec}.
 */
public sealed interface PaceSpec extends java.io.Serializable
    permits Pace.Linear,
        Pace.Curve,
        Pace.FrontLoaded,
        Pace.BackLoaded,
        Pace.Milestones,
        Pace.ByDates,
        PaceSpec.Named {

  /** The kind: one of {@link Pace#KINDS}, or a provider's registered name. */
  String kind();

  /**
   * The pace this spec describes.
   *
   * @throws IllegalArgumentException for a named spec whose kind no provider of {@code extensions}
   *     makes, or whose parameters its provider refuses
   */
  Pace pace(PolicyExtensions extensions);

  /**
   * A pace of a kind defined outside okrkit's built-ins.
   *
   * @param kind an id, not one of {@link Pace#KINDS}
   * @param parameters plain values: strings, booleans, finite numbers (kept as doubles), lists
   */
  record Named(String kind, ImmutableMap<String, Object> parameters) implements PaceSpec {
    /** Checks the kind and copies the parameters. */
    public Named {
      requireNonNull(kind, "kind");
      PolicyProblems.require(
          org.okrkit.core.Ids.isValid(kind),
          "spec.paceKind",
          "kind",
          String.valueOf(kind),
          "syntax",
          String.valueOf(org.okrkit.core.Ids.SYNTAX));
      parameters = Parameters.of(kind, parameters);
    }

    /** A named spec from any map of plain values. */
    public static Named of(String kind, Map<String, ?> parameters) {
      return new Named(kind, Parameters.of(requireNonNull(kind, "kind"), parameters));
    }

    @Override
    public Pace pace(PolicyExtensions extensions) {
      return requireNonNull(extensions, "extensions").pace(this);
    }

    @Override
    public String toString() {
      return Parameters.describe(kind, parameters);
    }
  }
}
