package org.okrkit.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * An aggregation as data: its kind and its parameters. The family is closed: a {@link
 * BuiltInAggregation} (its own spec), or a {@link Named} aggregation of a kind defined elsewhere,
 * rebuilt by the {@link AggregationProvider} registered for its kind. Serializable, as every spec;
 * see {@link StrategySpec}.
 */
public sealed interface AggregationSpec extends java.io.Serializable
    permits BuiltInAggregation, AggregationSpec.Named {

  /** The kind: a built-in's name ({@code weightedMean}), or a provider's registered name. */
  String kind();

  /**
   * The aggregation this spec describes.
   *
   * @throws IllegalArgumentException for a named spec whose kind no provider of {@code extensions}
   *     makes, or whose parameters its provider refuses
   */
  Aggregation aggregation(PolicyExtensions extensions);

  /**
   * An aggregation of a kind defined outside okrkit's built-ins.
   *
   * @param kind an id, not the name of a built-in
   * @param parameters plain values: strings, booleans, finite numbers (kept as doubles), lists
   */
  record Named(String kind, ImmutableMap<String, Object> parameters) implements AggregationSpec {
    /** Checks the kind and copies the parameters. */
    public Named {
      requireNonNull(kind, "kind");
      PolicyProblems.require(
          org.okrkit.core.Ids.isValid(kind),
          "spec.aggregationKind",
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
    public Aggregation aggregation(PolicyExtensions extensions) {
      return requireNonNull(extensions, "extensions").aggregation(this);
    }

    @Override
    public String toString() {
      return Parameters.describe(kind, parameters);
    }
  }
}
