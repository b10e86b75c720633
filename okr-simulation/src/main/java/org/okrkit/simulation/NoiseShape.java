package org.okrkit.simulation;

/**
 * A host-supplied noise distribution, given as a transform of a standard normal draw: {@code z ->
 * noise}. The simulation draws every random number itself, from its own seeded streams, and hands
 * the transform a standard normal {@code z} (already correlated within people and teams as the
 * {@link OutcomeModel} says); the transform returns the noise in units of the {@linkplain
 * Noise#scale() scale}. A quantile transform {@code F⁻¹(Φ(z))} turns {@code z} into any
 * distribution {@code F} while keeping the correlation structure (a Gaussian copula) and the
 * reproducibility of the seed.
 *
 * <p>The transform must be a pure function: the same {@code z} always gives the same finite result,
 * whatever the thread. For a scale to mean "one standard deviation", return noise with mean 0 and
 * standard deviation 1; nothing checks that.
 */
@FunctionalInterface
public interface NoiseShape {

  /**
   * The noise for a standard normal draw {@code z}, in units of the scale.
   *
   * @param z a standard normal number, finite
   * @return a finite number
   */
  double apply(double z);
}
