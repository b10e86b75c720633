package org.okrkit.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language {@code okr} speaks: English, or Simplified Chinese. Chosen by {@code --lang} ({@code
 * en} or {@code zh-CN}), or else by the environment as POSIX programs choose theirs: the first of
 * {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} that is set and not empty, such as {@code
 * zh_CN.UTF-8}. A Chinese locale of the mainland or Singapore, or Chinese without a region, or in
 * the Han simplified script, speaks Simplified Chinese; every other value, {@code C} and {@code
 * POSIX} among them, and the traditional-script regions (Taiwan, Hong Kong, Macao), for which okr
 * has no translation, speak English. The JVM's default locale is never consulted.
 */
final class Language {
  /** The values {@code --lang} takes, as its help and errors list them. */
  static final String CHOICES = "en or zh-CN";

  private static final List<String> VARIABLES = List.of("LC_ALL", "LC_MESSAGES", "LANG");

  private Language() {}

  /** The locale of a {@code --lang} value; empty if okr speaks no such language. */
  static Optional<Locale> of(String value) {
    String tag = value.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    return switch (tag) {
      case "en", "en-us", "en-gb", "english" -> Optional.of(Locale.ROOT);
      case "zh", "zh-cn", "zh-hans", "zh-hans-cn", "zh-sg" ->
          Optional.of(Locale.SIMPLIFIED_CHINESE);
      default -> Optional.empty();
    };
  }

  /** The locale {@code env} asks for; English when it asks for none okr speaks. */
  static Locale fromEnvironment(Map<String, String> env) {
    for (String variable : VARIABLES) {
      String value = env.get(variable);
      if (value != null && !value.isBlank()) {
        return fromPosix(value);
      }
    }
    return Locale.ROOT;
  }

  /** {@code zh_CN.UTF-8@modifier}: language, region, codeset and modifier, as POSIX writes it. */
  static Locale fromPosix(String value) {
    String name = value.strip();
    int cut = indexOfAny(name, ".@");
    String[] parts = (cut < 0 ? name : name.substring(0, cut)).split("[_-]", -1);
    String language = parts[0].toLowerCase(Locale.ROOT);
    if (!language.equals("zh")) {
      return Locale.ROOT;
    }
    if (parts.length == 1) {
      return Locale.SIMPLIFIED_CHINESE;
    }
    String second = parts[1].toUpperCase(Locale.ROOT);
    return second.equals("CN") || second.equals("SG") || second.equals("HANS")
        ? Locale.SIMPLIFIED_CHINESE
        : Locale.ROOT;
  }

  /**
   * The value of {@code --lang} on {@code args} ({@code --lang zh-CN} or {@code --lang=zh-CN}),
   * read before picocli parses them so that the help and the parser's own errors already speak the
   * language; empty if there is none before {@code --}, the end of the options.
   */
  static Optional<String> given(String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        break;
      }
      if (arg.startsWith("--lang=")) {
        return Optional.of(arg.substring("--lang=".length()));
      }
      if (arg.equals("--lang") && i + 1 < args.length) {
        return Optional.of(args[i + 1]);
      }
    }
    return Optional.empty();
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
