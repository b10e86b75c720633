package org.okrkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.text.Arguments;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The help of {@code okr} and of its parser's errors in okr's language. English is written in the
 * commands' annotations; a translation is the resource bundle picocli reads ({@code
 * help_zh_CN.properties}: {@code usage.*} sections and option descriptions, each key prefixed with
 * the command's qualified name, such as {@code okr.score.usage.header} and {@code
 * okr.score.format}), read here without ever falling back to the JVM's default locale. picocli's
 * own error messages are English; those of the kinds a user meets (a missing parameter, an unknown
 * option, an invalid value) are said again in the language.
 */
final class Help {
  /** The bundle file of each translated language, beside this class. */
  static final String ZH_CN = "help_zh_CN.properties";

  private static final List<Pattern> ENGLISH =
      List.of(
          Pattern.compile("Missing required parameters?: (.*)", Pattern.DOTALL),
          Pattern.compile("Missing required options?: (.*)", Pattern.DOTALL),
          Pattern.compile("Unknown options?: (.*)", Pattern.DOTALL),
          Pattern.compile("Unmatched arguments? (?:at|from) index (\\d+): (.*)", Pattern.DOTALL),
          Pattern.compile(
              "Invalid value for option '--lang': '(.*)' is not a language okr speaks; expected "
                  + Language.CHOICES),
          Pattern.compile("Invalid value for option '([^']*)': (.*)", Pattern.DOTALL),
          Pattern.compile("Expected parameter for option '([^']*)' but found '([^']*)'"),
          Pattern.compile("Missing required parameter for option '([^']*)' \\((.*)\\)"));

  private static final List<String> KEYS =
      List.of(
          "parser.missingParameter",
          "parser.missingOption",
          "parser.unknownOption",
          "parser.unmatchedArgument",
          "parser.invalidLanguage",
          "parser.invalidValue",
          "parser.expectedParameter",
          "parser.missingOptionParameter");

  private Help() {}

  /** Gives {@code cli} and its subcommands the help of {@code locale}; English needs nothing. */
  static void translate(CommandLine cli, Locale locale) {
    @Nullable ResourceBundle bundle = bundle(locale);
    if (bundle != null) {
      cli.setResourceBundle(bundle);
    }
  }

  /** The help bundle of {@code locale}; null for English, which the annotations hold. */
  static @Nullable ResourceBundle bundle(Locale locale) {
    if (!locale.equals(Locale.SIMPLIFIED_CHINESE)) {
      return null;
    }
    try (InputStream in = Help.class.getResourceAsStream(ZH_CN)) {
      if (in == null) {
        throw new IllegalStateException("the help translation " + ZH_CN + " is missing");
      }
      return new PropertyResourceBundle(new InputStreamReader(in, UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the help translation " + ZH_CN, e);
    }
  }

  /**
   * The parser's message in the language of {@code texts}: picocli's English said again for the
   * kinds a user meets, any other as picocli wrote it.
   */
  static String parserMessage(ParameterException e, Texts texts) {
    String message = String.valueOf(e.getMessage());
    if (texts.locale().equals(Locale.ROOT)) {
      return message;
    }
    for (int i = 0; i < ENGLISH.size(); i++) {
      Matcher m = ENGLISH.get(i).matcher(message);
      if (m.matches()) {
        Arguments arguments = Arguments.of().text("first", m.group(1));
        if (m.groupCount() > 1) {
          arguments.text("second", m.group(2));
        }
        return texts.get(KEYS.get(i), arguments);
      }
    }
    return message;
  }
}
