package org.okrkit.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.okrkit.core.ProblemTemplates;

/**
 * The providers of named strategies, aggregations and paces that a reader of policies may rebuild:
 * what turns a {@link StrategySpec.Named}, {@link AggregationSpec.Named} or {@link PaceSpec.Named}
 * into the object it describes. Built-ins need no extension.
 *
 * <p>{@link #loaded()} finds the providers that the modules on the module path (or the jars on the
 * class path) declare as services, at the time of the call; {@link #builder()} registers them
 * explicitly, for a host that wants to say exactly which kinds its policies may use. Nothing is
 * kept between calls: there is no global registry.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class PolicyExtensions {
  private static final PolicyExtensions NONE = new Builder().build();

  private final ImmutableSortedMap<String, StrategyProvider> strategies;
  private final ImmutableSortedMap<String, AggregationProvider> aggregations;
  private final ImmutableSortedMap<String, PaceProvider> paces;

  private PolicyExtensions(Builder b) {
    this.strategies = ImmutableSortedMap.copyOf(b.strategies);
    this.aggregations = ImmutableSortedMap.copyOf(b.aggregations);
    this.paces = ImmutableSortedMap.copyOf(b.paces);
  }

  /** No extensions: only built-ins can be rebuilt. */
  public static PolicyExtensions none() {
    return NONE;
  }

  /**
   * The providers declared as services by the modules (or class-path jars) visible now, through
   * {@link ServiceLoader}.
   *
   * @throws IllegalArgumentException if two providers claim the same kind, or one a built-in's
   */
  public static PolicyExtensions loaded() {
    Builder b = builder();
    ServiceLoader.load(StrategyProvider.class).forEach(b::add);
    ServiceLoader.load(AggregationProvider.class).forEach(b::add);
    ServiceLoader.load(PaceProvider.class).forEach(b::add);
    return b.build();
  }

  /** A builder with no providers. */
  public static Builder builder() {
    return new Builder();
  }

  /** The kinds of named strategies these extensions make, sorted. */
  public Set<String> strategyKinds() {
    return strategies.keySet();
  }

  /** The kinds of named aggregations these extensions make, sorted. */
  public Set<String> aggregationKinds() {
    return aggregations.keySet();
  }

  /** The kinds of named paces these extensions make, sorted. */
  public Set<String> paceKinds() {
    return paces.keySet();
  }

  /**
   * The strategy of {@code spec}, made by the provider of its kind.
   *
   * @throws IllegalArgumentException if no provider makes its kind, or the provider refuses it
   */
  public ScoringStrategy strategy(StrategySpec.Named spec) {
    StrategyProvider provider = strategies.get(requireNonNull(spec, "spec").kind());
    if (provider == null) {
      throw unknown("strategy", spec.kind(), strategies.keySet());
    }
    return requireNonNull(provider.strategy(spec), "provider " + provider + " made no strategy");
  }

  /**
   * The aggregation of {@code spec}, made by the provider of its kind.
   *
   * @throws IllegalArgumentException if no provider makes its kind, or the provider refuses it
   */
  public Aggregation aggregation(AggregationSpec.Named spec) {
    AggregationProvider provider = aggregations.get(requireNonNull(spec, "spec").kind());
    if (provider == null) {
      throw unknown("aggregation", spec.kind(), aggregations.keySet());
    }
    return requireNonNull(
        provider.aggregation(spec), "provider " + provider + " made no aggregation");
  }

  /**
   * The pace of {@code spec}, made by the provider of its kind.
   *
   * @throws IllegalArgumentException if no provider makes its kind, or the provider refuses it
   */
  public Pace pace(PaceSpec.Named spec) {
    PaceProvider provider = paces.get(requireNonNull(spec, "spec").kind());
    if (provider == null) {
      throw unknown("pace", spec.kind(), paces.keySet());
    }
    return requireNonNull(provider.pace(spec), "provider " + provider + " made no pace");
  }

  /**
   * The okrkit module that provides strategies of {@code kind}, for kinds that okrkit ships outside
   * its core: {@code okr-formula} for {@code formula}. Empty for a built-in or a host's kind.
   */
  public static java.util.Optional<String> strategyModule(String kind) {
    return java.util.Optional.ofNullable(STRATEGY_MODULES.get(requireNonNull(kind, "kind")));
  }

  private static final ImmutableSortedMap<String, String> STRATEGY_MODULES =
      ImmutableSortedMap.of("formula", "okr-formula");

  private static IllegalArgumentException unknown(String what, String kind, Set<String> known) {
    String module = what.equals("strategy") ? STRATEGY_MODULES.get(kind) : null;
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("what", what(what));
    arguments.put("kind", kind);
    if (!known.isEmpty()) {
      arguments.put("registered", List.copyOf(known));
    }
    if (module != null) {
      arguments.put("module", module);
    }
    return PolicyProblems.problem(
        "extension.unknown"
            + (module == null ? "" : "Module")
            + (known.isEmpty() ? "" : "Registered"),
        arguments);
  }

  /** The phrase of {@code what}, a strategy, an aggregation or a pace, as a problem's argument. */
  private static Map<String, Object> what(String what) {
    return Map.of(ProblemTemplates.PHRASE, "extension.what." + what);
  }

  /** {@code PolicyExtensions[strategies=[formula], aggregations=[], paces=[]]}. */
  @Override
  public String toString() {
    return "PolicyExtensions[strategies="
        + strategies.keySet()
        + ", aggregations="
        + aggregations.keySet()
        + ", paces="
        + paces.keySet()
        + "]";
  }

  /** Collects providers. Not thread-safe; the extensions it builds are. */
  public static final class Builder {
    private final Map<String, StrategyProvider> strategies = new TreeMap<>();
    private final Map<String, AggregationProvider> aggregations = new TreeMap<>();
    private final Map<String, PaceProvider> paces = new TreeMap<>();

    private Builder() {}

    /**
     * Registers a strategy provider.
     *
     * @throws IllegalArgumentException if its kind is a built-in's or already registered
     */
    @CanIgnoreReturnValue
    public Builder add(StrategyProvider provider) {
      put(
          strategies,
          kind(provider.kind(), "strategy", BuiltInStrategy.KINDS),
          provider,
          "strategy");
      return this;
    }

    /**
     * Registers an aggregation provider.
     *
     * @throws IllegalArgumentException if its kind is a built-in's or already registered
     */
    @CanIgnoreReturnValue
    public Builder add(AggregationProvider provider) {
      put(
          aggregations,
          kind(provider.kind(), "aggregation", BuiltInAggregation.KINDS),
          provider,
          "aggregation");
      return this;
    }

    /**
     * Registers a pace provider.
     *
     * @throws IllegalArgumentException if its kind is {@code linear}, {@code curve} or already
     *     registered
     */
    @CanIgnoreReturnValue
    public Builder add(PaceProvider provider) {
      put(paces, kind(provider.kind(), "pace", Pace.KINDS), provider, "pace");
      return this;
    }

    private static String kind(String kind, String what, Set<String> builtIns) {
      requireNonNull(kind, what + " provider kind");
      PolicyProblems.require(
          org.okrkit.core.Ids.isValid(kind),
          "extension.invalidKind",
          "what",
          what(what),
          "kind",
          kind,
          "syntax",
          org.okrkit.core.Ids.SYNTAX);
      PolicyProblems.require(
          !builtIns.contains(kind), "extension.builtInKind", "what", what(what), "kind", kind);
      return kind;
    }

    private static <T> void put(Map<String, T> providers, String kind, T provider, String what) {
      T first = providers.putIfAbsent(kind, requireNonNull(provider, "provider"));
      PolicyProblems.require(
          first == null,
          "extension.twoProviders",
          "what",
          what(what),
          "kind",
          kind,
          "first",
          String.valueOf(first),
          "second",
          String.valueOf(provider));
    }

    /** The extensions. */
    public PolicyExtensions build() {
      return new PolicyExtensions(this);
    }
  }
}
