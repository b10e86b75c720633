package org.okrkit.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static org.okrkit.core.Numbers.plain;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The distribution of the noise in an element's outcome: {@linkplain Kind#NORMAL normal},
 * {@linkplain Kind#LOGNORMAL lognormal} or {@linkplain Kind#HOST host-supplied}, multiplied by a
 * {@linkplain #scale() scale}. Each is a transform of a correlated standard normal draw {@code z}
 * (see {@link OutcomeModel}), standardised to mean 0 and standard deviation 1 before scaling:
 *
 * <ul>
 *   <li>normal: {@code noise = scale × z};
 *   <li>lognormal with shape {@code s}: {@code noise = scale × (exp(s·z − s²/2) − 1) / sqrt(exp(s²)
 *       − 1)}, skewed to the right: rare large windfalls, frequent small shortfalls;
 *   <li>host: {@code noise = scale × shape(z)} for the host's {@link NoiseShape}.
 * </ul>
 */
@Value.Immutable
public abstract sealed class Noise permits ImmutableNoise {

  Noise() {}

  /** The family of the distribution. */
  public enum Kind {
    /** Symmetric normal noise. */
    NORMAL,
    /** Right-skewed lognormal noise, standardised to mean 0 and standard deviation 1. */
    LOGNORMAL,
    /** A host-supplied {@link NoiseShape}. */
    HOST
  }

  /** The family. */
  public abstract Kind kind();

  /**
   * The noise's standard deviation in achievement units (1 is the distance from baseline to
   * target); 0 or more, 0 for outcomes with no noise.
   */
  public abstract double scale();

  /** The lognormal shape {@code s}, above 0; 1 unless set; used by {@code LOGNORMAL} only. */
  @Value.Default
  public double shape() {
    return 1.0;
  }

  /** The host's transform; present exactly for {@code HOST} noise. */
  public abstract Optional<NoiseShape> host();

  /** A name for the host's transform, for printing; "host" unless set. */
  @Value.Default
  public String name() {
    return "host";
  }

  /**
   * Normal noise of standard deviation {@code scale}.
   *
   * @throws IllegalArgumentException unless {@code scale} is finite and at least 0
   */
  public static Noise normal(double scale) {
    return builder().kind(Kind.NORMAL).scale(scale).build();
  }

  /**
   * Lognormal noise of standard deviation {@code scale} and skew set by {@code shape} (the standard
   * deviation of the underlying normal).
   *
   * @throws IllegalArgumentException unless {@code scale} is finite and at least 0 and {@code
   *     shape} finite and above 0
   */
  public static Noise lognormal(double scale, double shape) {
    return builder().kind(Kind.LOGNORMAL).scale(scale).shape(shape).build();
  }

  /**
   * Host-supplied noise: {@code scale × shape.apply(z)}.
   *
   * @param name a name for printing, such as {@code "student-t(3)"}
   * @throws IllegalArgumentException unless {@code scale} is finite and at least 0
   */
  public static Noise host(String name, double scale, NoiseShape shape) {
    return builder().kind(Kind.HOST).name(name).scale(scale).host(shape).build();
  }

  /** A builder; kind and scale are required, and a host shape for {@code HOST} noise. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Noise}. */
  public static final class Builder extends ImmutableNoise.Builder {
    Builder() {}
  }

  /**
   * The noise for a standard normal draw {@code z}: the scaled, standardised transform above. Not
   * checked for a host shape; the simulation checks what it draws.
   */
  public final double apply(double z) {
    switch (kind()) {
      case NORMAL -> {
        return scale() * z;
      }
      case LOGNORMAL -> {
        double s = shape();
        return scale() * Math.expm1(s * z - s * s / 2) / Math.sqrt(Math.expm1(s * s));
      }
      default -> {
        return scale() * host().orElseThrow().apply(z);
      }
    }
  }

  /** {@code normal(0.2)}, {@code lognormal(0.2, shape=1)}, {@code student-t(3)(0.2)}. */
  @Override
  public final String toString() {
    return switch (kind()) {
      case NORMAL -> "normal(" + plain(scale()) + ")";
      case LOGNORMAL -> "lognormal(" + plain(scale()) + ", shape=" + plain(shape()) + ")";
      default -> name() + "(" + plain(scale()) + ")";
    };
  }

  @Value.Check
  final void check() {
    ModelProblems.require(
        Double.isFinite(scale()) && scale() >= 0, "noise.scale", "scale", scale());
    ModelProblems.require(Double.isFinite(shape()) && shape() > 0, "noise.shape", "shape", shape());
    checkArgument(
        (kind() == Kind.HOST) == host().isPresent(),
        "a host shape is needed for HOST noise and only there; kind %s, host shape %s",
        kind(),
        host().isPresent() ? "given" : "absent");
  }
}
