package org.okrkit.testing;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The few assertions the laws need, throwing {@link AssertionError} with a message that says what
 * failed: so that the kits depend on no test framework's assertion library and the same law runs as
 * a jqwik property, in a plain check, or from any framework's test.
 */
final class Expect {
  private Expect() {}

  /** Fails with {@code message} unless {@code condition} holds. */
  static void that(boolean condition, Supplier<String> message) {
    if (!condition) {
      throw new AssertionError(message.get());
    }
  }

  /** Fails unless {@code actual} equals {@code expected}. */
  static void equal(Object expected, Object actual, Supplier<String> what) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionError(
          what.get() + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }

  /**
   * Fails unless the two numbers are the same number: NaN is NaN, and 0.0 and -0.0 differ, as for
   * {@link Double#equals}.
   */
  static void same(double expected, double actual, Supplier<String> what) {
    if (Double.doubleToLongBits(expected) != Double.doubleToLongBits(actual)) {
      throw new AssertionError(
          what.get() + ": expected <" + expected + "> but was <" + actual + ">");
    }
  }

  /** Fails unless the two numbers are the same number or at most {@code tolerance} apart. */
  static void close(double expected, double actual, double tolerance, Supplier<String> what) {
    if (Double.doubleToLongBits(expected) != Double.doubleToLongBits(actual)
        && !(Math.abs(expected - actual) <= tolerance)) {
      throw new AssertionError(
          what.get()
              + ": expected <"
              + expected
              + "> but was <"
              + actual
              + ">, more than "
              + tolerance
              + " apart");
    }
  }

  /**
   * Fails unless {@code one} and {@code two} are equal values: each equals itself and the other,
   * both hash alike, and neither equals null or an object of another class.
   */
  // comparing an object with itself and with null is what this check is for
  @SuppressWarnings({"SelfEquals", "EqualsNull", "IdentityBinaryExpression"})
  static void equalValues(Object one, Object two, String what) {
    Object stranger = new Object();
    for (Object x : new Object[] {one, two}) {
      that(x.equals(x), () -> what + " " + x + " does not equal itself");
      that(!x.equals(null), () -> what + " " + x + " equals null");
      that(!x.equals(stranger), () -> what + " " + x + " equals an object of another class");
      that(x.hashCode() == x.hashCode(), () -> what + " " + x + " hashes differently each time");
    }
    that(one.equals(two), () -> "two " + what + "s built alike differ: " + one + " and " + two);
    that(two.equals(one), () -> "equals is not symmetric for " + two + " and " + one);
    that(
        one.hashCode() == two.hashCode(),
        () -> "two equal " + what + "s hash differently: " + one + " and " + two);
  }
}
