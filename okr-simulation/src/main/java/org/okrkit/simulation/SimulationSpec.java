package org.okrkit.simulation;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A Monte Carlo experiment as plain data: who is simulated ({@link #population()}), how outcomes
 * come about ({@link #model()}), how people behave ({@link #rules()}), which policies are compared
 * ({@link #arms()}), and how many {@linkplain #trials() trials} to run from which {@linkplain
 * #seed() seed}. Every field is a number, a list or a value type, so that a command-line tool can
 * read a spec from a file (the plan and policies through okrkit's plan format) and build it here.
 *
 * <p>Each trial draws a fresh population of latent traits (ability, effort level, difficulties) for
 * the same people, and two independent periods of noise for them; every arm is evaluated on the
 * same draws (common random numbers), so that differences between arms are differences between
 * policies. See {@link Metric} for what is measured in each trial and {@link Estimate} for how
 * trials are summarised.
 *
 * <p>The result depends on the spec alone: one seed gives bit-identical results whatever the {@link
 * #parallelism()} (on one Java version).
 */
@Value.Immutable
public abstract sealed class SimulationSpec implements WithSimulationSpec
    permits ImmutableSimulationSpec {

  SimulationSpec() {}

  /** The simulated organisation; a {@link GeneratedPopulation} of 80 people by default. */
  @Value.Default
  public Population population() {
    return GeneratedPopulation.defaults();
  }

  /** The outcome model; {@link OutcomeModel#defaults()} by default. */
  @Value.Default
  public OutcomeModel model() {
    return OutcomeModel.defaults();
  }

  /** The behaviour rules, at most one of each kind; none by default. */
  public abstract List<AgentRule> rules();

  /** The policies compared, at least one, with unique names. */
  public abstract List<Arm> arms();

  /** The number of trials; 200 by default; from 1 to 10,000,000. */
  @Value.Default
  public int trials() {
    return 200;
  }

  /** The seed every random number derives from; 1 by default. */
  @Value.Default
  public long seed() {
    return 1;
  }

  /**
   * How many threads run trials: 0 (the default) for one per available processor. It changes the
   * time a run takes, never its result.
   */
  @Value.Default
  public int parallelism() {
    return 0;
  }

  /** The confidence level of the intervals over trials; 0.95 by default; above 0 and below 1. */
  @Value.Default
  public double confidence() {
    return 0.95;
  }

  /** The number of bins of each score histogram; 20 by default; from 1 to 1000. */
  @Value.Default
  public int histogramBins() {
    return 20;
  }

  /**
   * {@code Δ}: the extra effort level per element behind the {@linkplain Metric#INCENTIVE_GRADIENT
   * incentive gradient}; 0.1 by default; above 0.
   */
  @Value.Default
  public double effortProbe() {
    return 0.1;
  }

  /**
   * {@code δ}: how much every target is eased, in achievement units, for the {@linkplain
   * Metric#SANDBAG_GAIN score gained by sandbagging}; 0.1 by default; above 0.
   */
  @Value.Default
  public double sandbagProbe() {
    return 0.1;
  }

  /**
   * The share of the period elapsed at which to judge each element's status ({@link
   * Metric#ON_TRACK}), above 0 and at most 1; none by default, when the simulation scores at the
   * period's end only.
   */
  public abstract OptionalDouble statusAt();

  /** A builder; at least one arm is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SimulationSpec}. */
  public static final class Builder extends ImmutableSimulationSpec.Builder {
    Builder() {}
  }

  /** Checks that {@code rules} holds at most one rule of each kind. */
  static void checkRules(List<AgentRule> rules) {
    Set<Class<?>> kinds = new HashSet<>();
    for (AgentRule rule : rules) {
      Class<?> kind =
          rule instanceof MarginalEffort
              ? MarginalEffort.class
              : rule instanceof Sandbagging ? Sandbagging.class : Bunching.class;
      ModelProblems.require(
          kinds.add(kind), "spec.ruleTwice", "kind", String.valueOf(kind.getSimpleName()));
    }
  }

  @Value.Check
  final void check() {
    ModelProblems.require(!arms().isEmpty(), "spec.noArms");
    Set<String> names = new HashSet<>();
    for (Arm arm : arms()) {
      ModelProblems.require(
          names.add(arm.name()), "spec.armTwice", "arm", String.valueOf(arm.name()));
    }
    checkRules(rules());
    ModelProblems.require(
        trials() >= 1 && trials() <= 10_000_000, "spec.trials", "trials", trials());
    ModelProblems.require(parallelism() >= 0, "spec.parallelism", "parallelism", parallelism());
    ModelProblems.require(
        confidence() > 0 && confidence() < 1, "spec.confidence", "confidence", confidence());
    ModelProblems.require(
        histogramBins() >= 1 && histogramBins() <= 1000,
        "spec.histogramBins",
        "bins",
        histogramBins());
    ModelProblems.require(
        Double.isFinite(effortProbe()) && effortProbe() > 0,
        "spec.effortProbe",
        "probe",
        effortProbe());
    ModelProblems.require(
        Double.isFinite(sandbagProbe()) && sandbagProbe() > 0,
        "spec.sandbagProbe",
        "probe",
        sandbagProbe());
    statusAt()
        .ifPresent(t -> ModelProblems.require(t > 0 && t <= 1, "spec.statusAt", "statusAt", t));
  }
}
