package org.okrkit.core;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.internal.Checks;
import org.okrkit.core.internal.TargetRules;

/**
 * What a key result or KPI aims for. A target is one of four {@linkplain Kind kinds}:
 *
 * <ul>
 *   <li>{@link Kind#ABSOLUTE}: a {@linkplain #value() value} to reach, from an optional {@linkplain
 *       #baseline() baseline}, with an optional {@linkplain #threshold() threshold} (the minimum
 *       acceptable) and {@linkplain #stretch() stretch}: "inspection pass rate reaches 98 %",
 *       "return rate below 1 %";
 *   <li>{@link Kind#RELATIVE}: the same, but value, threshold and stretch are changes in percent of
 *       the baseline: "+30 %", "-20 %"; the baseline is required;
 *   <li>{@link Kind#RANGE}: stay between {@linkplain #low() low} and {@linkplain #high() high},
 *       both included: "3 to 5 features";
 *   <li>{@link Kind#MILESTONES}: one or several weighted {@linkplain #milestones() milestones},
 *       each done or not done: "roadshow material complete".
 * </ul>
 *
 * <p>A target does not carry a direction: the {@link Measure} of its element says whether higher or
 * lower is better. The factories ({@link #increase}, {@link #range}, …) check their arguments at
 * once. A target made with the {@link #builder()} is a plain value that is checked in context when
 * it becomes part of a {@link Plan}, which reports every problem with its path, or by {@link
 * #problems(Direction)}.
 *
 * <p>A target keeps its numbers unboxed: the first two present ones in fields, any others in a
 * small array, so that the common target (a baseline and a value, or a low and a high) takes 48
 * bytes. Immutable and safe to share between threads; equal when kind, numbers (compared as {@link
 * Double#equals} does) and milestones are equal.
 */
public final class Target implements org.okrkit.core.text.Localizable {
  private static final int BASELINE = 0;
  private static final int VALUE = 1;
  private static final int THRESHOLD = 2;
  private static final int STRETCH = 3;
  private static final int LOW = 4;
  private static final int HIGH = 5;
  private static final String[] NAMES = {
    "baseline", "value", "threshold", "stretch", "low", "high"
  };

  private final Kind kind;

  /** Which of the six numbers are present: bit i for number i, in the order of {@link #NAMES}. */
  private final byte present;

  /** The first and second present numbers; the rest, in order, in {@link #more}. */
  private final double first;

  private final double second;
  private final double @Nullable [] more;
  private final ImmutableList<Milestone> milestones;

  private Target(Kind kind, double[] numbers, int present, ImmutableList<Milestone> milestones) {
    this.kind = kind;
    this.present = (byte) present;
    this.milestones = milestones;
    double[] packed = new double[Integer.bitCount(present)];
    int n = 0;
    for (int i = 0; i < NAMES.length; i++) {
      if ((present & (1 << i)) != 0) {
        packed[n++] = numbers[i];
      }
    }
    this.first = n > 0 ? packed[0] : 0;
    this.second = n > 1 ? packed[1] : 0;
    this.more = n > 2 ? Arrays.copyOfRange(packed, 2, n) : null;
  }

  private OptionalDouble number(int i) {
    if ((present & (1 << i)) == 0) {
      return OptionalDouble.empty();
    }
    int rank = Integer.bitCount(present & ((1 << i) - 1));
    return OptionalDouble.of(rank == 0 ? first : rank == 1 ? second : requireMore()[rank - 2]);
  }

  private double[] requireMore() {
    return Objects.requireNonNull(more);
  }

  private double[] numbers() {
    double[] all = new double[NAMES.length];
    for (int i = 0; i < NAMES.length; i++) {
      all[i] = number(i).orElse(0);
    }
    return all;
  }

  /** This target with number {@code i} set to {@code value}, or removed when it is null. */
  private Target with(int i, @Nullable Double value) {
    double[] all = numbers();
    int mask = present;
    if (value == null) {
      mask &= ~(1 << i);
    } else {
      all[i] = value;
      mask |= 1 << i;
    }
    return new Target(kind, all, mask, milestones);
  }

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
  public Kind kind() {
    return kind;
  }

  /**
   * Where the measure stood when the target was set. Optional for {@code ABSOLUTE} and {@code
   * RANGE} targets, required (and above 0) for {@code RELATIVE} ones, absent for {@code
   * MILESTONES}.
   */
  public OptionalDouble baseline() {
    return number(BASELINE);
  }

  /**
   * The value to reach: in the measure's unit for {@code ABSOLUTE} targets, in percent of the
   * baseline for {@code RELATIVE} ones ({@code 30} means +30 %); absent for the other kinds. See
   * {@link #absoluteValue()} for the value in the measure's unit.
   */
  public OptionalDouble value() {
    return number(VALUE);
  }

  /** The minimum acceptable result, in the same terms as {@link #value()}; optional. */
  public OptionalDouble threshold() {
    return number(THRESHOLD);
  }

  /** The exceptional result, in the same terms as {@link #value()}; optional. */
  public OptionalDouble stretch() {
    return number(STRETCH);
  }

  /** The lower end of a {@code RANGE} target, included. */
  public OptionalDouble low() {
    return number(LOW);
  }

  /** The upper end of a {@code RANGE} target, included. */
  public OptionalDouble high() {
    return number(HIGH);
  }

  /** The milestones of a {@code MILESTONES} target, in the order given; empty for other kinds. */
  public ImmutableList<Milestone> milestones() {
    return milestones;
  }

  /** This target of another kind. */
  public Target withKind(Kind kind) {
    return new Target(Objects.requireNonNull(kind, "kind"), numbers(), present, milestones);
  }

  /** This target with {@code baseline}. */
  public Target withBaseline(double baseline) {
    return with(BASELINE, baseline);
  }

  /** This target with {@code baseline}, or without one when it is empty. */
  public Target withBaseline(OptionalDouble baseline) {
    return with(BASELINE, boxed(baseline));
  }

  /** This target with {@code value}. */
  public Target withValue(double value) {
    return with(VALUE, value);
  }

  /** This target with {@code value}, or without one when it is empty. */
  public Target withValue(OptionalDouble value) {
    return with(VALUE, boxed(value));
  }

  /** This target with {@code threshold}. */
  public Target withThreshold(double threshold) {
    return with(THRESHOLD, threshold);
  }

  /** This target with {@code threshold}, or without one when it is empty. */
  public Target withThreshold(OptionalDouble threshold) {
    return with(THRESHOLD, boxed(threshold));
  }

  /** This target with {@code stretch}. */
  public Target withStretch(double stretch) {
    return with(STRETCH, stretch);
  }

  /** This target with {@code stretch}, or without one when it is empty. */
  public Target withStretch(OptionalDouble stretch) {
    return with(STRETCH, boxed(stretch));
  }

  /** This target with {@code low}. */
  public Target withLow(double low) {
    return with(LOW, low);
  }

  /** This target with {@code low}, or without one when it is empty. */
  public Target withLow(OptionalDouble low) {
    return with(LOW, boxed(low));
  }

  /** This target with {@code high}. */
  public Target withHigh(double high) {
    return with(HIGH, high);
  }

  /** This target with {@code high}, or without one when it is empty. */
  public Target withHigh(OptionalDouble high) {
    return with(HIGH, boxed(high));
  }

  /** This target with these milestones instead of its own. */
  public Target withMilestones(Milestone... milestones) {
    return withMilestones(Arrays.asList(milestones));
  }

  /** This target with these milestones instead of its own. */
  public Target withMilestones(Iterable<? extends Milestone> milestones) {
    return new Target(kind, numbers(), present, copyMilestones(milestones));
  }

  private static @Nullable Double boxed(OptionalDouble value) {
    return Objects.requireNonNull(value, "value").isPresent() ? value.getAsDouble() : null;
  }

  private static ImmutableList<Milestone> copyMilestones(Iterable<? extends Milestone> milestones) {
    Objects.requireNonNull(milestones, "milestones");
    ImmutableList.Builder<Milestone> b = ImmutableList.builder();
    int i = 0;
    for (Milestone m : milestones) {
      b.add(Objects.requireNonNull(m, "milestones[" + i++ + "]"));
    }
    return b.build();
  }

  /** Equal targets have the same kind, numbers and milestones. */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Target that)) {
      return false;
    }

    // with the same numbers present, both keep them in the same places: compare those in place,
    // and the milestones, which live in other objects, only when the numbers are equal
    return kind == that.kind
        && present == that.present
        && Double.doubleToLongBits(first) == Double.doubleToLongBits(that.first)
        && Double.doubleToLongBits(second) == Double.doubleToLongBits(that.second)
        && Arrays.equals(more, that.more)
        && milestones.equals(that.milestones);
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + kind.hashCode();
    for (int i = 0; i < NAMES.length; i++) {
      OptionalDouble n = number(i);
      h += (h << 5) + (n.isPresent() ? Double.hashCode(n.getAsDouble()) : 0);
    }
    h += (h << 5) + milestones.hashCode();
    return h;
  }

  /**
   * {@code Target{kind=ABSOLUTE, baseline=0.0, value=20.0, milestones=[]}}: the numbers present.
   */
  @Override
  public String toString() {
    MoreObjects.ToStringHelper text = MoreObjects.toStringHelper("Target").add("kind", kind);
    for (int i = 0; i < NAMES.length; i++) {
      OptionalDouble n = number(i);
      if (n.isPresent()) {
        text.add(NAMES[i], n.getAsDouble());
      }
    }
    return text.add("milestones", milestones).toString();
  }

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
   * An absolute target with no baseline: "at least 10" on a higher-is-better measure, "below 1" on
   * a lower-is-better one.
   *
   * @throws IllegalArgumentException unless {@code target} is finite
   */
  public static Target of(double target) {
    return checked(absolute().value(target).build(), null);
  }

  /**
   * A relative target: {@code baseline} raised by {@code percent} percent ({@code 30} for +30 %).
   *
   * @throws IllegalArgumentException unless {@code baseline > 0} and {@code percent > 0}, both
   *     finite
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

  /**
   * Builds a {@link Target}; only the kind is required, the rest is checked in context. Builders
   * are not thread-safe; the targets they build are.
   */
  public static final class Builder {
    private @Nullable Kind kind;
    private final double[] numbers = new double[NAMES.length];
    private int present;
    private final java.util.ArrayList<Milestone> milestones = new java.util.ArrayList<>();

    Builder() {}

    /** Sets everything from {@code target}, replacing what was set; milestones are added. */
    @CanIgnoreReturnValue
    public Builder from(Target target) {
      Objects.requireNonNull(target, "target");
      kind = target.kind;
      double[] all = target.numbers();
      System.arraycopy(all, 0, numbers, 0, all.length);
      present = target.present;
      milestones.addAll(target.milestones);
      return this;
    }

    /** Sets the kind; required. */
    @CanIgnoreReturnValue
    public Builder kind(Kind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    private Builder set(int i, double value) {
      numbers[i] = value;
      present |= 1 << i;
      return this;
    }

    private Builder set(int i, OptionalDouble value) {
      if (Objects.requireNonNull(value, NAMES[i]).isPresent()) {
        return set(i, value.getAsDouble());
      }
      present &= ~(1 << i);
      return this;
    }

    /** Sets the baseline. */
    @CanIgnoreReturnValue
    public Builder baseline(double baseline) {
      return set(BASELINE, baseline);
    }

    /** Sets the baseline, or clears it when empty. */
    @CanIgnoreReturnValue
    public Builder baseline(OptionalDouble baseline) {
      return set(BASELINE, baseline);
    }

    /** Sets the value. */
    @CanIgnoreReturnValue
    public Builder value(double value) {
      return set(VALUE, value);
    }

    /** Sets the value, or clears it when empty. */
    @CanIgnoreReturnValue
    public Builder value(OptionalDouble value) {
      return set(VALUE, value);
    }

    /** Sets the threshold. */
    @CanIgnoreReturnValue
    public Builder threshold(double threshold) {
      return set(THRESHOLD, threshold);
    }

    /** Sets the threshold, or clears it when empty. */
    @CanIgnoreReturnValue
    public Builder threshold(OptionalDouble threshold) {
      return set(THRESHOLD, threshold);
    }

    /** Sets the stretch. */
    @CanIgnoreReturnValue
    public Builder stretch(double stretch) {
      return set(STRETCH, stretch);
    }

    /** Sets the stretch, or clears it when empty. */
    @CanIgnoreReturnValue
    public Builder stretch(OptionalDouble stretch) {
      return set(STRETCH, stretch);
    }

    /** Sets the low end of a range. */
    @CanIgnoreReturnValue
    public Builder low(double low) {
      return set(LOW, low);
    }

    /** Sets the low end of a range, or clears it when empty. */
    @CanIgnoreReturnValue
    public Builder low(OptionalDouble low) {
      return set(LOW, low);
    }

    /** Sets the high end of a range. */
    @CanIgnoreReturnValue
    public Builder high(double high) {
      return set(HIGH, high);
    }

    /** Sets the high end of a range, or clears it when empty. */
    @CanIgnoreReturnValue
    public Builder high(OptionalDouble high) {
      return set(HIGH, high);
    }

    /** Adds a milestone. */
    @CanIgnoreReturnValue
    public Builder addMilestone(Milestone milestone) {
      milestones.add(Objects.requireNonNull(milestone, "milestone"));
      return this;
    }

    /** Adds milestones. */
    @CanIgnoreReturnValue
    public Builder addMilestones(Milestone... milestones) {
      return addAllMilestones(Arrays.asList(milestones));
    }

    /** Adds milestones. */
    @CanIgnoreReturnValue
    public Builder addAllMilestones(Iterable<? extends Milestone> milestones) {
      this.milestones.addAll(copyMilestones(milestones));
      return this;
    }

    /** Replaces the milestones. */
    @CanIgnoreReturnValue
    public Builder milestones(Iterable<? extends Milestone> milestones) {
      ImmutableList<Milestone> copy = copyMilestones(milestones);
      this.milestones.clear();
      this.milestones.addAll(copy);
      return this;
    }

    /**
     * The target.
     *
     * @throws IllegalStateException if no kind was set
     */
    public Target build() {
      if (kind == null) {
        throw new IllegalStateException(
            "Cannot build Target, some of required attributes are not set [kind]");
      }
      return new Target(kind, numbers, present, ImmutableList.copyOf(milestones));
    }
  }

  /**
   * The value to reach in the measure's unit: {@link #value()} for an {@code ABSOLUTE} target,
   * {@code baseline + baseline × value / 100} for a {@code RELATIVE} one; empty for {@code RANGE}
   * and {@code MILESTONES} targets and when the value (or a relative target's baseline) is missing.
   */
  public final OptionalDouble absoluteValue() {
    return resolve(value());
  }

  /**
   * The threshold in the measure's unit, resolved like {@link #absoluteValue()}; empty when none.
   */
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
    TargetRules.check(
        this,
        direction,
        (code, arguments) ->
            problems.add(ProblemTemplates.core().message(code, arguments, java.util.Locale.ROOT)));
    return problems.build();
  }

  /**
   * The target as people read it, in English: {@code "0 -> 20"}, {@code "+30 % of 1000 (1300)"},
   * {@code "3 to 5"} ({@code "3 to 5 (from 8)"} with a baseline), {@code "milestones: deck, model
   * x2 due 2026-05-01"}, with threshold and stretch when present. The same as {@code
   * describe(Locale.ROOT)}.
   */
  public final String describe() {
    return describe(java.util.Locale.ROOT);
  }

  /**
   * The target as people read it in {@code locale} ({@code "基线值 1000 的 +30%（1300）"} in {@code
   * zh_CN}), English where okrkit has no translation; the JVM's default locale is never consulted.
   * Figures read as {@link Numbers#readable} writes them: exactly as written up to ten significant
   * digits, without binary-fraction noise beyond. Every render of a target in okrkit (explanations,
   * reports, plan diffs, rollover steps, findings) reads it this way.
   */
  public final String describe(java.util.Locale locale) {
    Checks.requireNonNull(locale, "locale");
    return TargetWords.describe(this, locale);
  }

  /** The same as {@link #describe(java.util.Locale)}. */
  @Override
  public final String localized(java.util.Locale locale) {
    return describe(locale);
  }

  /** {@code figure} in the measure's unit, resolving a relative figure against the baseline. */
  private OptionalDouble resolve(OptionalDouble figure) {
    if (figure.isEmpty()) {
      return figure;
    }
    switch (kind()) {
      case ABSOLUTE -> {
        return figure;
      }
      case RELATIVE -> {
        if (baseline().isEmpty()) {
          return OptionalDouble.empty();
        }
        double base = baseline().getAsDouble();
        // base + base * p / 100 rather than base * (1 + p / 100): exact for whole percentages
        return OptionalDouble.of(base + base * figure.getAsDouble() / 100.0);
      }
      default -> {
        return OptionalDouble.empty();
      }
    }
  }

  private static Builder absolute() {
    return builder().kind(Kind.ABSOLUTE);
  }

  private static Target relative(double baseline, double percent) {
    return builder().kind(Kind.RELATIVE).baseline(baseline).value(percent).build();
  }

  private static Target checked(
      Target target, @org.jspecify.annotations.Nullable Direction direction) {
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    TargetRules.check(
        target,
        direction,
        (code, arguments) ->
            problems.add(ProblemTemplates.core().message(code, arguments, java.util.Locale.ROOT)));
    List<String> found = problems.build();
    if (!found.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", found));
    }
    return target;
  }
}
