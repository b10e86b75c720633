package org.okrkit.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.okrkit.core.internal.Checks;
import org.okrkit.core.internal.TargetRules;

/**
 * What a key result or KPI aims for. A target is one of four {@linkplain Kind kinds}:
 *
 * <ul>
 *   <li>{@link Kind#ABSOLUTE}: a {@linkplain #value() value} to reach, from an optional
 *       {@linkplain #baseline() baseline}, with an optional {@linkplain #threshold() threshold}
 *       (the minimum acceptable) and {@linkplain #stretch() stretch}: "inspection pass rate reaches
 *       98 %", "return rate below 1 %";
 *   <li>{@link Kind#RELATIVE}: the same, but value, threshold and stretch are changes in percent of
 *       the baseline: "+30 %", "-20 %"; the baseline is required;
 *   <li>{@link Kind#RANGE}: stay between {@linkplain #low() low} and {@linkplain #high() high},
 *       both included: "3 to 5 features";
 *   <li>{@link Kind#MILESTONES}: one or several weighted {@linkplain #milestones() milestones},
 *       each done or not done: "roadshow material complete".
 * </ul>
 *
 * <p>A target does not carry a direction: the {@link Measure} of its element says whether higher
 * or lower is better. The factories ({@link #increase}, {@link #range}, …) check their arguments at
 * once. A target made with the {@link #builder()} is a plain value that is checked in context when
 * it becomes part of a {@link Plan}, which reports every problem with its path, or by {@link
 * #problems(Direction)}.
 */
@Value.Immutable
public abstract sealed class Target implements WithTarget permits ImmutableTarget {

  Target() {}

  /** The four shapes of target. */
  public enum Kind {
    /** A value to reach, in the measure's unit. */
    ABSOLUTE,
    /** A value to reach, as a change in percent of the baseline. */
    RELATIVE,
    /** A band to stay inside. */
    RANGE,
    /** Weighted milestones, each done or not done. */
    MILESTONES
  }

  /** The target's shape. */
  public abstract Kind kind();

  /**
   * Where the measure stood when the target was set. Optional for {@code ABSOLUTE} and {@code
   * RANGE} targets, required (and above 0) for {@code RELATIVE} ones, absent for {@code
   * MILESTONES}.
   */
  public abstract OptionalDouble baseline();

  /**
   * The value to reach: in the measure's unit for {@code ABSOLUTE} targets, in percent of the
   * baseline for {@code RELATIVE} ones ({@code 30} means +30 %); absent for the other kinds. See
   * {@link #absoluteValue()} for the value in the measure's unit.
   */
  public abstract OptionalDouble value();

  /** The minimum acceptable result, in the same terms as {@link #value()}; optional. */
  public abstract OptionalDouble threshold();

  /** The exceptional result, in the same terms as {@link #value()}; optional. */
  public abstract OptionalDouble stretch();

  /** The lower end of a {@code RANGE} target, included. */
  public abstract OptionalDouble low();

  /** The upper end of a {@code RANGE} target, included. */
  public abstract OptionalDouble high();

  /** The milestones of a {@code MILESTONES} target, in the order given; empty for other kinds. */
  public abstract List<Milestone> milestones();

  /**
   * An absolute target from {@code baseline} up to {@code target}.
   *
   * @throws IllegalArgumentException unless both are finite and {@code target > baseline}
   */
  public static Target increase(double baseline, double target) {
    return checked(absolute().baseline(baseline).value(target).build(), Direction.INCREASE);
  }

  /**
   * An absolute target from {@code baseline} down to {@code target}.
   *
   * @throws IllegalArgumentException unless both are finite and {@code target < baseline}
   */
  public static Target decrease(double baseline, double target) {
    return checked(absolute().baseline(baseline).value(target).build(), Direction.DECREASE);
  }

  /**
   * An absolute target with no baseline: "at least 10" on a higher-is-better measure, "below 1"
   * on a lower-is-better one.
   *
   * @throws IllegalArgumentException unless {@code target} is finite
   */
  public static Target of(double target) {
    return checked(absolute().value(target).build(), null);
  }

  /**
   * A relative target: {@code baseline} raised by {@code percent} percent ({@code 30} for +30 %).
   *
   * @throws IllegalArgumentException unless {@code baseline > 0} and {@code percent > 0}, both finite
   */
  public static Target increaseByPercent(double baseline, double percent) {
    return checked(relative(baseline, percent), Direction.INCREASE);
  }

  /**
   * A relative target: {@code baseline} lowered by {@code percent} percent ({@code 20} for -20 %).
   *
   * @throws IllegalArgumentException unless {@code baseline > 0} and {@code 0 < percent <= 100},
   *     both finite
   */
  public static Target decreaseByPercent(double baseline, double percent) {
    return checked(relative(baseline, -percent), Direction.DECREASE);
  }

  /**
   * A band from {@code low} to {@code high}, both included; {@code range(3, 5)} is "3 to 5".
   *
   * @throws IllegalArgumentException unless both are finite and {@code low <= high}
   */
  public static Target range(double low, double high) {
    return checked(builder().kind(Kind.RANGE).low(low).high(high).build(), Direction.RANGE);
  }

  /**
   * A single milestone of weight 1.
   *
   * @throws IllegalArgumentException if {@code name} is not a valid id
   */
  public static Target milestone(String name) {
    return milestones(Milestone.of(name));
  }

  /**
   * Several milestones, each with its weight.
   *
   * @throws IllegalArgumentException if there are none, a name is invalid or repeated, or a weight
   *     is not finite and above 0
   */
  public static Target milestones(Milestone... milestones) {
    return checked(
        builder().kind(Kind.MILESTONES).addMilestones(milestones).build(), Direction.INCREASE);
  }

  /** A builder, for code that sets fields one by one; the kind is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Target}; only the kind is required, the rest is checked in context. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }

  /**
   * The value to reach in the measure's unit: {@link #value()} for an {@code ABSOLUTE} target,
   * {@code baseline + baseline × value / 100} for a {@code RELATIVE} one; empty for {@code RANGE}
   * and {@code MILESTONES} targets and when the value (or a relative target's baseline) is missing.
   */
  public final OptionalDouble absoluteValue() {
    return resolve(value());
  }

  /** The threshold in the measure's unit, resolved like {@link #absoluteValue()}; empty when none. */
  public final OptionalDouble absoluteThreshold() {
    return resolve(threshold());
  }

  /** The stretch in the measure's unit, resolved like {@link #absoluteValue()}; empty when none. */
  public final OptionalDouble absoluteStretch() {
    return resolve(stretch());
  }

  /** The sum of the milestones' weights; 0 when there are none. */
  public final double totalMilestoneWeight() {
    double total = 0;
    for (Milestone m : milestones()) {
      total += m.weight();
    }
    return total;
  }

  /**
   * Every problem of this target on a measure of the given direction, each a sentence such as
   * {@code "stretch 90 lies below target 120 for an INCREASE measure"}; empty when the target is
   * valid. These are the checks a {@link Plan} makes on its targets.
   *
   * @param direction the direction of the measure the target belongs to
   */
  public final List<String> problems(Direction direction) {
    Checks.requireNonNull(direction, "direction");
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    TargetRules.check(this, direction, problems::add);
    return problems.build();
  }

  /**
   * The target as people read it: {@code "0 -> 20"}, {@code "+30 % of 1000 (1300)"}, {@code "3 to
   * 5"} ({@code "3 to 5 (from 8)"} with a baseline), {@code "milestones: deck, model x2 due
   * 2026-05-01"}, with threshold and stretch when present.
   */
  public final String describe() {
    switch (kind()) {
      case RANGE:
        return figure(low()) + " to " + figure(high())
            + (baseline().isPresent() ? " (from " + figure(baseline()) + ")" : "");
      case MILESTONES:
        return "milestones: "
            + milestones().stream()
                .map(
                    m ->
                        m.name()
                            + (m.weight() == 1.0 ? "" : " x" + Checks.number(m.weight()))
                            + m.due().map(d -> " due " + d).orElse(""))
                .collect(Collectors.joining(", "));
      default:
        StringBuilder text = new StringBuilder();
        if (kind() == Kind.RELATIVE) {
          text.append(percent(value()))
              .append(" of ")
              .append(figure(baseline()))
              .append(" (")
              .append(figure(resolve(value())))
              .append(')');
        } else {
          baseline().ifPresent(b -> text.append(Checks.number(b)).append(" -> "));
          text.append(figure(value()));
        }
        threshold().ifPresent(t -> text.append(", threshold ").append(term(threshold())));
        stretch().ifPresent(s -> text.append(", stretch ").append(term(stretch())));
        return text.toString();
    }
  }

  /** {@code figure} in the measure's unit, resolving a relative figure against the baseline. */
  private OptionalDouble resolve(OptionalDouble figure) {
    if (figure.isEmpty()) {
      return figure;
    }
    switch (kind()) {
      case ABSOLUTE:
        return figure;
      case RELATIVE:
        if (baseline().isEmpty()) {
          return OptionalDouble.empty();
        }
        double base = baseline().getAsDouble();
        // base + base * p / 100 rather than base * (1 + p / 100): exact for whole percentages
        return OptionalDouble.of(base + base * figure.getAsDouble() / 100.0);
      default:
        return OptionalDouble.empty();
    }
  }

  private String term(OptionalDouble figure) {
    return kind() == Kind.RELATIVE
        ? percent(figure) + " (" + figure(resolve(figure)) + ")"
        : figure(figure);
  }

  private static String figure(OptionalDouble figure) {
    return figure.isPresent() ? Checks.number(figure.getAsDouble()) : "?";
  }

  private static String percent(OptionalDouble figure) {
    if (figure.isEmpty()) {
      return "?";
    }
    double p = figure.getAsDouble();
    return (p >= 0 ? "+" : "") + Checks.number(p) + " %";
  }

  private static Builder absolute() {
    return builder().kind(Kind.ABSOLUTE);
  }

  private static Target relative(double baseline, double percent) {
    return builder().kind(Kind.RELATIVE).baseline(baseline).value(percent).build();
  }

  private static Target checked(Target target, @org.jspecify.annotations.Nullable Direction direction) {
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    TargetRules.check(target, direction, problems::add);
    List<String> found = problems.build();
    if (!found.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", found));
    }
    return target;
  }

}
