package org.okrkit.simulation.internal;

/**
 * The seeds of the simulations' random streams, each derived from the spec's seed and the numbers
 * that identify what the stream draws for, by SplitMix64's finaliser, so that a draw does not
 * depend on which thread makes it or on what else is simulated.
 */
final class Keys {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  /** Tags that keep the kinds of stream apart. */
  static final long HIRE = 0x68697265L;

  static final long PERIOD = 0x706572696F64L;
  static final long PERSON = 0x706572736F6EL;

  private Keys() {}

  /** The seed of trial {@code trial}'s stream in a policy comparison. */
  static long trial(long seed, long trial) {
    return mix(mix(seed) + (trial + 1) * GOLDEN);
  }

  /** The seed of the stream for {@code tag} and the numbers {@code a} and {@code b}. */
  static long of(long seed, long tag, long a, long b) {
    return next(next(mix(mix(seed) ^ tag), a), b);
  }

  /** The seed of the stream for {@code tag} and the numbers {@code a} to {@code c}. */
  static long of(long seed, long tag, long a, long b, long c) {
    return next(of(seed, tag, a, b), c);
  }

  /** The seed of the stream for {@code tag} and the numbers {@code a} to {@code d}. */
  static long of(long seed, long tag, long a, long b, long c, long d) {
    return next(of(seed, tag, a, b, c), d);
  }

  private static long next(long h, long x) {
    return mix(h + (x + 1) * GOLDEN);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
