package org.okrkit.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * A scoring strategy as data: its kind and its parameters, which a policy file, a database column
 * or a Spark task can carry, and from which the strategy is rebuilt. The family is closed: a {@link
 * BuiltInStrategy} (which is its own spec), or a {@link Named} strategy of a kind defined elsewhere
 * (a host's, or a formula module's), rebuilt by the {@link StrategyProvider} registered for its
 * kind.
 *
 * <p>{@link ScoringStrategy#spec()} gives a strategy's spec; a host's lambda has none, and a policy
 * that holds one cannot be written or shipped ({@link ScoringPolicy#checkPortable()}).
 *
 * <p>Specs are {@link java.io.Serializable}, a named spec's parameters being plain values: a {@link
 * PolicySpec} carries a policy's specs to another JVM, which rebuilds them through its own {@link
 * PolicyExtensions}.
 */
public sealed interface StrategySpec extends java.io.Serializable
    permits BuiltInStrategy, StrategySpec.Named {

  /** The kind: a built-in's name ({@code linear}), or the name a provider is registered under. */
  String kind();

  /**
   * The strategy this spec describes.
   *
   * @throws IllegalArgumentException for a named spec whose kind no provider of {@code extensions}
   *     makes, or whose parameters its provider refuses
   */
  ScoringStrategy strategy(PolicyExtensions extensions);

  /**
   * A strategy of a kind defined outside okrkit's built-ins: the name its {@link StrategyProvider}
   * is registered under, and its parameters. Equal when kind and parameters are equal.
   *
   * @param kind an id, not the name of a built-in
   * @param parameters plain values: strings, booleans, finite numbers (kept as doubles) and lists
   *     of them
   */
  record Named(String kind, ImmutableMap<String, Object> parameters) implements StrategySpec {
    /** Checks the kind and copies the parameters. */
    public Named {
      requireNonNull(kind, "kind");
      PolicyProblems.require(
          org.okrkit.core.Ids.isValid(kind),
          "spec.strategyKind",
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
    public ScoringStrategy strategy(PolicyExtensions extensions) {
      return requireNonNull(extensions, "extensions").strategy(this);
    }

    /** {@code formula(expression=..., directions=[INCREASE])}. */
    @Override
    public String toString() {
      return Parameters.describe(kind, parameters);
    }
  }
}
