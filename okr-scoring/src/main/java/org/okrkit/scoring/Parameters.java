package org.okrkit.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a named strategy, aggregation or pace: plain data that a policy file, a
 * database column or a Spark task can carry. Each name is an id ({@code expression}, {@code cap});
 * each value a {@link String}, a {@link Boolean}, a finite {@link Double} (other numbers are kept
 * as doubles), or an immutable list of such values.
 */
final class Parameters {
  private Parameters() {}

  /**
   * {@code parameters} checked and copied; numbers become doubles.
   *
   * @throws IllegalArgumentException naming the first name or value that does not fit
   */
  static ImmutableMap<String, Object> of(String kind, Map<String, ?> parameters) {
    requireNonNull(parameters, "parameters");
    ImmutableMap.Builder<String, Object> b =
        ImmutableMap.builderWithExpectedSize(parameters.size());
    for (Map.Entry<String, ?> e : parameters.entrySet()) {
      String name = requireNonNull(e.getKey(), "parameter name");
      PolicyProblems.require(
          org.okrkit.core.Ids.isValid(name),
          "parameter.name",
          "name",
          String.valueOf(name),
          "kind",
          String.valueOf(kind),
          "syntax",
          String.valueOf(org.okrkit.core.Ids.SYNTAX));
      b.put(name, value(kind, name, e.getValue()));
    }
    return b.buildOrThrow();
  }

  private static Object value(String kind, String name, Object value) {
    if (value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number number) {
      double d = number.doubleValue();
      PolicyProblems.require(
          Double.isFinite(d),
          "parameter.notFinite",
          "name",
          String.valueOf(name),
          "kind",
          String.valueOf(kind),
          "value",
          String.valueOf(value));
      return d;
    }
    if (value instanceof List) {
      ImmutableList.Builder<Object> items = ImmutableList.builder();
      for (Object item : (List<?>) value) {
        PolicyProblems.require(
            !(item instanceof List),
            "parameter.nestedList",
            "name",
            String.valueOf(name),
            "kind",
            String.valueOf(kind));
        items.add(value(kind, name, requireNonNull(item, name)));
      }
      return items.build();
    }
    throw new IllegalArgumentException(
        String.format(
            java.util.Locale.US,
            "parameter '%s' of '%s' must be a string, a boolean, a number or a list of them, got %s",
            name,
            kind,
            value == null ? "null" : value.getClass().getName()));
  }

  /** {@code formula(expression=actual / target, directions=[INCREASE])}. */
  static String describe(String kind, Map<String, Object> parameters) {
    StringBuilder text = new StringBuilder(kind).append('(');
    boolean first = true;
    for (Map.Entry<String, Object> e : parameters.entrySet()) {
      text.append(first ? "" : ", ").append(e.getKey()).append('=').append(shown(e.getValue()));
      first = false;
    }
    return text.append(')').toString();
  }

  private static String shown(Object value) {
    if (value instanceof Double d) {
      return org.okrkit.core.Numbers.plain(d);
    }
    if (value instanceof List) {
      StringBuilder text = new StringBuilder("[");
      for (Object item : (List<?>) value) {
        text.append(text.length() > 1 ? ", " : "").append(shown(item));
      }
      return text.append(']').toString();
    }
    return String.valueOf(value);
  }
}
