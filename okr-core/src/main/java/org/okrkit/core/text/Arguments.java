package org.okrkit.core.text;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The values a {@link Phrasebook} fills a pattern with, by name: numbers, texts and lists of texts.
 * A text or list may be given as a supplier, made only if the pattern asks for it. A later value of
 * a name wins, so one set of arguments can be extended for a second pattern.
 *
 * <p>Like a {@link StringBuilder}, an {@code Arguments} is a scratch object for one rendering: it
 * is not thread-safe and not a value (it has identity equality).
 */
public final class Arguments {
  private String[] names = new String[8];
  private Object[] values = new Object[8];
  private int size;

  private Arguments() {}

  /** No arguments yet. */
  public static Arguments of() {
    return new Arguments();
  }

  @CanIgnoreReturnValue
  private Arguments put(String name, Object value) {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    values[size++] = value;
    return this;
  }

  /** The number {@code name}, for {@code {name}} and {@code {name:N}}. */
  @CanIgnoreReturnValue
  public Arguments number(String name, double value) {
    return put(name, value);
  }

  /** Each of {@code numbers} under its name. */
  @CanIgnoreReturnValue
  public Arguments numbers(Map<String, Double> numbers) {
    numbers.forEach(this::number);
    return this;
  }

  /** The text {@code name}, for {@code {@name}} and {@code {@name:'}}. */
  @CanIgnoreReturnValue
  public Arguments text(String name, String value) {
    return put(name, value);
  }

  /** The text {@code name}, made only if a pattern asks for it. */
  @CanIgnoreReturnValue
  public Arguments text(String name, Supplier<String> value) {
    return put(name, new Lazy(requireNonNull(value, "value")));
  }

  /** The list of texts {@code name}, for {@code {@name:*}} and {@code {@name:SEP}}. */
  @CanIgnoreReturnValue
  public Arguments list(String name, List<String> value) {
    return put(name, List.copyOf(value));
  }

  /** The list of texts {@code name}, made only if a pattern asks for it. */
  @CanIgnoreReturnValue
  public Arguments list(String name, Supplier<List<String>> value) {
    return put(name, new LazyList(requireNonNull(value, "value")));
  }

  /**
   * The value of {@code name}: a {@code Double}, {@code String}, list or lazy one; null if none.
   */
  @Nullable Object get(String name) {
    for (int i = size - 1; i >= 0; i--) {
      if (names[i].equals(name)) {
        return values[i];
      }
    }
    return null;
  }

  /** The text {@code name}, made now if it was lazy; null if {@code name} is no text. */
  @Nullable String text(String name) {
    Object value = get(name);
    if (value instanceof String string) {
      return string;
    }
    return value instanceof Lazy lazy ? lazy.text.get() : null;
  }

  /** The list {@code name}, made now if it was lazy; null if {@code name} is no list. */
  @Nullable List<String> list(String name) {
    Object value = get(name);
    if (value instanceof LazyList lazyList) {
      return lazyList.texts.get();
    }
    if (value instanceof List) {
      @SuppressWarnings("unchecked")
      List<String> list = (List<String>) value;
      return list;
    }
    return null;
  }

  /** The names given so far, in order, with repeats: for messages. */
  @Override
  public String toString() {
    return "Arguments" + Arrays.toString(Arrays.copyOf(names, size));
  }

  private static final class Lazy {
    final Supplier<String> text;

    Lazy(Supplier<String> text) {
      this.text = text;
    }
  }

  private static final class LazyList {
    final Supplier<List<String>> texts;

    LazyList(Supplier<List<String>> texts) {
      this.texts = texts;
    }
  }
}
