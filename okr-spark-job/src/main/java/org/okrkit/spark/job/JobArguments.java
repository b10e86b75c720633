package org.okrkit.spark.job;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A job's command line: operands, then or among them options written {@code --name value} or {@code
 * --name=value}, and flags written {@code --name}. Anything else is a {@link UsageException} saying
 * what was wrong and what was expected.
 */
final class JobArguments {
  private final List<String> operands;
  private final Map<String, String> options;

  private JobArguments(List<String> operands, Map<String, String> options) {
    this.operands = List.copyOf(operands);
    this.options = Map.copyOf(options);
  }

  /**
   * Parses {@code args}.
   *
   * @param operandNames the operands the job takes, in order, as its usage names them ({@code
   *     SPEC}, {@code OUTPUT}); exactly these many must be given, or at least these many when the
   *     last ends with {@code ...} ({@code PLAN...}), which stands for one or more
   * @param valued the options that take a value, without their dashes
   * @param flags the options that take none
   * @throws UsageException for an unknown option, an option without its value or given twice, or
   *     another number of operands
   */
  static JobArguments parse(
      String[] args, List<String> operandNames, Set<String> valued, Set<String> flags) {
    List<String> operands = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    boolean onlyOperands = false;
    for (int i = 0; i < args.length; i++) {
      String arg = requireNonNull(args[i], "argument");
      if (onlyOperands || !arg.startsWith("--")) {
        operands.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        onlyOperands = true;
        continue;
      }
      int equals = arg.indexOf('=');
      String name = arg.substring(2, equals < 0 ? arg.length() : equals);
      String value;
      if (valued.contains(name)) {
        if (equals >= 0) {
          value = arg.substring(equals + 1);
        } else if (i + 1 < args.length) {
          value = args[++i];
        } else {
          throw new UsageException("option --" + name + " needs a value");
        }
      } else if (flags.contains(name)) {
        if (equals >= 0) {
          throw new UsageException("option --" + name + " takes no value, got " + arg);
        }
        value = "";
      } else {
        throw new UsageException("unknown option " + arg + known(valued, flags));
      }
      if (options.put(name, value) != null) {
        throw new UsageException("option --" + name + " is given twice");
      }
    }
    boolean repeated =
        !operandNames.isEmpty() && operandNames.get(operandNames.size() - 1).endsWith("...");
    if (repeated ? operands.size() < operandNames.size() : operands.size() != operandNames.size()) {
      throw new UsageException(
          String.format(
              Locale.ROOT,
              "expected %s%d argument%s (%s), got %d%s",
              repeated ? "at least " : "",
              operandNames.size(),
              operandNames.size() == 1 ? "" : "s",
              String.join(" ", operandNames),
              operands.size(),
              operands.isEmpty() ? "" : ": " + String.join(" ", operands)));
    }
    return new JobArguments(operands, options);
  }

  /**
   * Whether {@code args} asks for the usage: {@code --help} or {@code -h} before any {@code --}.
   */
  static boolean wantsHelp(String[] args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (arg.equals("--help") || arg.equals("-h")) {
        return true;
      }
    }
    return false;
  }

  /** How many operands were given. */
  int operands() {
    return operands.size();
  }

  /** Operand {@code index}, counted from 0. */
  String operand(int index) {
    return operands.get(index);
  }

  /** The value of option {@code name}, if given. */
  Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /** Whether flag {@code name} is given. */
  boolean flag(String name) {
    return options.containsKey(name);
  }

  /**
   * The value of option {@code name} as a whole number from {@code min} to {@code max}, if given.
   *
   * @throws UsageException if it is not one
   */
  Optional<Integer> intOption(String name, int min, int max) {
    Optional<String> text = option(name);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String expected =
        max == Integer.MAX_VALUE
            ? String.format(Locale.ROOT, "--%s must be a whole number of at least %d", name, min)
            : String.format(
                Locale.ROOT, "--%s must be a whole number from %d to %d", name, min, max);
    int value;
    try {
      value = Integer.parseInt(text.get().trim());
    } catch (NumberFormatException e) {
      throw new UsageException(expected + ", got " + text.get());
    }
    if (value < min || value > max) {
      throw new UsageException(expected + ", got " + value);
    }
    return Optional.of(value);
  }

  /**
   * The value of option {@code name}, one of {@code choices} (in any case), or {@code fallback}.
   *
   * @throws UsageException if it is another
   */
  String choice(String name, List<String> choices, String fallback) {
    Optional<String> text = option(name);
    if (text.isEmpty()) {
      return fallback;
    }
    String value = text.get().trim().toLowerCase(Locale.ROOT);
    if (!choices.contains(value)) {
      throw new UsageException(
          "--" + name + " must be one of " + String.join(", ", choices) + ", got " + text.get());
    }
    return value;
  }

  private static String known(Set<String> valued, Set<String> flags) {
    List<String> names = new ArrayList<>();
    valued.stream().sorted().forEach(n -> names.add("--" + n));
    flags.stream().sorted().forEach(n -> names.add("--" + n));
    names.add("--help");
    return " (the options are " + String.join(", ", names) + ")";
  }

  /** Arguments a job cannot use; its message says which and what was expected. */
  static final class UsageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
