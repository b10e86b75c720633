package org.okrkit.io.document;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.okrkit.io.FileProblem;

/**
 * The syntax errors of the YAML and JSON parsers that okrkit words itself, so that they read in any
 * language: each kind the parser's own text for it, as a pattern whose groups are the arguments of
 * the kind's code in {@link FileProblem#FILE_PROBLEMS}. A text of no known kind, or one whose
 * English would not read exactly as the parser's, is the fallback problem that quotes the parser's
 * text ({@code syntax.yaml}: {@code YAML syntax error: TEXT}); so the English never changes.
 */
final class SyntaxErrors {
  /** A kind of syntax error: the parser's text, the code that words it, the groups' names. */
  private record Kind(Pattern text, String code, ImmutableList<String> names) {}

  private static final String VALUES =
      Pattern.quote("(JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
  private static final String CHARACTER = "Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\): ";

  private static final ImmutableList<Kind> YAML =
      ImmutableList.of(
          kind(
              "expected ',' or '\\}', but got (.+) \\(while parsing a flow mapping\\)",
              "syntax.yaml.flowMapping",
              "token"),
          kind(
              "expected ',' or '\\]', but got (.+) \\(while parsing a flow sequence\\)",
              "syntax.yaml.flowSequence",
              "token"),
          kind("mapping values are not allowed here", "syntax.yaml.mappingValues"),
          kind(
              "expected <block end>, but found '(.+)' \\(while parsing a block mapping\\)",
              "syntax.yaml.blockMapping",
              "token"),
          kind(
              "expected <block end>, but found '(.+)' \\(while parsing a block collection\\)",
              "syntax.yaml.blockCollection",
              "token"),
          kind(
              "found character '(.+?)' that cannot start any token\\. \\(Do not use \\1 for"
                  + " indentation\\) \\(while scanning for the next token\\)",
              "syntax.yaml.badCharacter",
              "character"),
          kind(
              "found unexpected end of stream \\(while scanning a quoted scalar\\)",
              "syntax.yaml.unclosedQuote"),
          kind(
              "found unknown escape character (.+)\\((\\d+)\\) \\(while scanning a double-quoted"
                  + " scalar\\)",
              "syntax.yaml.escape",
              "character",
              "codePoint"),
          kind(
              "expected '<document start>', but found '(.+)'",
              "syntax.yaml.documentStart",
              "token"),
          kind(
              "could not find expected ':' \\(while scanning a simple key\\)",
              "syntax.yaml.simpleKey"));

  private static final ImmutableList<Kind> JSON =
      ImmutableList.of(
          kind(
              CHARACTER + "expected a valid value " + VALUES,
              "syntax.json.value",
              "character",
              "codePoint"),
          kind(
              CHARACTER + "was expecting comma to separate Object entries",
              "syntax.json.commaInObject",
              "character",
              "codePoint"),
          kind(
              CHARACTER + "was expecting comma to separate Array entries",
              "syntax.json.commaInArray",
              "character",
              "codePoint"),
          kind(
              CHARACTER + "was expecting double-quote to start field name",
              "syntax.json.fieldName",
              "character",
              "codePoint"),
          kind(
              CHARACTER + "was expecting a colon to separate field name and value",
              "syntax.json.colon",
              "character",
              "codePoint"),
          kind("Unrecognized token '(.+)': was expecting " + VALUES, "syntax.json.token", "token"),
          kind(
              "Unexpected end-of-input: expected close marker for Object",
              "syntax.json.endInObject"),
          kind(
              "Unexpected end-of-input: expected close marker for Array", "syntax.json.endInArray"),
          kind(
              "Unexpected close marker '(.)': expected '(.)' \\(for Object starting at \\)",
              "syntax.json.closeInObject",
              "found",
              "expected"),
          kind(
              "Unexpected close marker '(.)': expected '(.)' \\(for Array starting at \\)",
              "syntax.json.closeInArray",
              "found",
              "expected"),
          kind(
              "Unexpected end-of-input: was expecting closing quote for a string value",
              "syntax.json.unclosedString"),
          kind("Unexpected end-of-input in field name", "syntax.json.endInFieldName"),
          kind("Invalid numeric value: Leading zeroes not allowed", "syntax.json.leadingZeroes"),
          kind(
              "Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): has to be escaped"
                  + " using backslash to be included in string value",
              "syntax.json.controlCharacter",
              "codePoint"),
          kind(
              "Unrecognized character escape '(.+)' \\(code (\\d+)\\)",
              "syntax.json.escape",
              "character",
              "codePoint"));

  /** A code and its arguments. */
  record Worded(String code, Map<String, Object> arguments) {}

  private SyntaxErrors() {}

  private static Kind kind(String text, String code, String... names) {
    return new Kind(Pattern.compile(text), code, ImmutableList.copyOf(names));
  }

  /** A YAML parser's syntax error {@code detail}: its kind's code, else {@code syntax.yaml}. */
  static Worded yaml(String detail) {
    return word(YAML, "syntax.yaml", detail);
  }

  /** A JSON parser's syntax error {@code detail}: its kind's code, else {@code syntax.json}. */
  static Worded json(String detail) {
    return word(JSON, "syntax.json", detail);
  }

  private static Worded word(List<Kind> kinds, String fallback, String detail) {
    Worded quoted = new Worded(fallback, Map.of("detail", detail));
    for (Kind kind : kinds) {
      Matcher m = kind.text().matcher(detail);
      if (m.matches()) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < kind.names().size(); i++) {
          arguments.put(kind.names().get(i), m.group(i + 1));
        }
        Worded worded = new Worded(kind.code(), arguments);
        // the kind's English must be the parser's own sentence; if a parser's version words it
        // otherwise, its text is quoted as it is
        return english(worded).equals(english(quoted)) ? worded : quoted;
      }
    }
    return quoted;
  }

  private static String english(Worded worded) {
    return FileProblem.FILE_PROBLEMS.message(worded.code(), worded.arguments(), Locale.ROOT);
  }
}
