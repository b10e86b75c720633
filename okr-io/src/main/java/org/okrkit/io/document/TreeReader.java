package org.okrkit.io.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.okrkit.io.Format;
import org.okrkit.io.ReadLimits;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses one JSON or YAML document into a {@link Node} tree with positions, within {@link
 * ReadLimits}. Jackson's streaming parsers do the reading; nothing is bound by reflection, and YAML
 * tags are refused, so the input can never choose a Java type.
 *
 * <p>YAML anchors and aliases are resolved here rather than by SnakeYAML's composer (which Jackson
 * does not use; its parser hands an alias over as the anchor's name, and reports the anchors of
 * objects and lists only, so only those can be aliased). An alias becomes the node it names, shared
 * rather than copied, and is checked against the limits as if expanded: the number of aliases, the
 * depth the aliased value reaches where it is used, and the total number of values. An alias to a
 * node that is not complete yet would be recursive and is refused.
 *
 * <p>Syntax errors and broken limits stop reading; duplicate fields, tags and merge keys are
 * collected and reading goes on. The walk is iterative, so no input can exhaust the call stack.
 */
public final class TreeReader {
  private static final Pattern SOURCE =
      Pattern.compile("\\s*\\(?start marker at \\[Source: [^\\]]*\\]\\)?|\\[Source: [^\\]]*\\]");
  private static final Pattern FEATURE_HINT = Pattern.compile(":? ?enable `[^`]*` to allow");

  private final Format format;
  private final ReadLimits limits;
  private final Problems problems;
  private final Map<String, Node> anchors = new HashMap<>();
  private final Deque<Frame> stack = new ArrayDeque<>();
  private long values;
  private int aliases;

  /**
   * One open object or list. Its path is worked out only when a message needs it, so reading a
   * document that has no problem builds no path at all.
   */
  private static final class Frame {
    final Node node;
    final @Nullable Frame parent;

    /** The field this frame's value is under, or null for a list item or the root. */
    final @Nullable String key;

    /** The position of this frame's value in its list, when it is an item. */
    final int index;

    private @Nullable String path;
    @Nullable String name;
    int nameLine;
    int nameColumn;

    /** Whether the pending field's value is to be read and dropped: a duplicate or a merge key. */
    boolean drop;

    Frame(Node node, @Nullable Frame parent) {
      this.node = node;
      this.parent = parent;
      if (parent == null) {
        this.key = null;
        this.index = -1;
      } else if (parent.node.type() == Node.Type.LIST) {
        this.key = null;
        this.index = parent.node.items().size();
      } else {
        this.key = String.valueOf(parent.name);
        this.index = -1;
      }
    }

    String path() {
      if (path == null) {
        path =
            parent == null
                ? ""
                : key == null
                    ? parent.path() + "[" + index + "]"
                    : parent.path().isEmpty() ? key : parent.path() + "." + key;
      }
      return path;
    }

    /** The path of the value being read in this frame: the next item, or the pending field. */
    String childPath() {
      if (node.type() == Node.Type.LIST) {
        return path() + "[" + node.items().size() + "]";
      }
      return path().isEmpty() ? String.valueOf(name) : path() + "." + name;
    }
  }

  /** The path of the value about to be read under {@code top}; the empty path for the root. */
  private static String pathIn(@Nullable Frame top) {
    return top == null ? "" : top.childPath();
  }

  private TreeReader(Format format, ReadLimits limits, Problems problems) {
    this.format = format;
    this.limits = limits;
    this.problems = problems;
  }

  /**
   * The document in {@code text}; null when it is empty.
   *
   * @throws Problems.Stop after adding the problem that stopped reading
   */
  public static @Nullable Node read(
      String text, Format format, ReadLimits limits, Problems problems) {
    TreeReader reader = new TreeReader(format, limits, problems);
    try (JsonParser parser = reader.factory().createParser(text)) {
      return reader.document(parser);
    } catch (IOException e) {
      // a String source only fails through the parser's own exceptions, handled in document()
      throw problems.stop(
          0, 0, "", "input.unreadable", Map.of("detail", String.valueOf(e.getMessage())));
    }
  }

  private JsonFactory factory() {
    int maxText = (int) Math.min(Integer.MAX_VALUE, limits.maxBytes());
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            // one more level than allowed: the reader reports the depth itself, with its path
            .maxNestingDepth(limits.maxDepth() + 1)
            .maxStringLength(Math.max(maxText, 1))
            .maxNameLength(Math.max(maxText, 1))
            .maxDocumentLength(limits.maxBytes())
            .build();
    if (format == Format.JSON) {
      return JsonFactory.builder()
          .streamReadConstraints(constraints)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();
    }
    LoaderOptions options = new LoaderOptions();
    // duplicates are found by this reader, which reports them all rather than stopping at the first
    options.setAllowDuplicateKeys(true);
    options.setAllowRecursiveKeys(false);
    options.setMaxAliasesForCollections(Math.max(limits.maxAliases(), 1));
    options.setNestingDepthLimit(limits.maxDepth() + 1);
    options.setCodePointLimit(Math.max(maxText, 1));
    options.setProcessComments(false);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(constraints)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * The JSON values of a JSON Lines text, one per line (blank lines aside), each with the positions
   * it has in the whole text; the limits on values and aliases count over all of them, the depth
   * within each.
   *
   * @throws Problems.Stop after adding the problem that stopped reading: a syntax error, a broken
   *     limit, or two values on one line
   */
  public static List<Node> lines(String text, ReadLimits limits, Problems problems) {
    TreeReader reader = new TreeReader(Format.JSON, limits, problems);
    try (JsonParser parser = reader.factory().createParser(text)) {
      return reader.values(parser);
    } catch (IOException e) {
      throw problems.stop(
          0, 0, "", "input.unreadable", Map.of("detail", String.valueOf(e.getMessage())));
    }
  }

  private @Nullable Node document(JsonParser parser) {
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return null;
      }
      Node root = value(parser, token);
      JsonToken more = parser.nextToken();
      if (more != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw problems.stop(
            at.getLineNr(),
            at.getColumnNr(),
            "",
            format == Format.JSON ? "syntax.moreAfterJson" : "syntax.moreAfterYaml",
            Map.of());
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw limit(e, parser);
    } catch (JsonProcessingException e) {
      throw syntax(e, parser, where(stack));
    } catch (YAMLException e) {
      throw syntax(e, parser, where(stack));
    } catch (IOException e) {
      throw problems.stop(
          0, 0, where(stack), "input.unreadable", Map.of("detail", String.valueOf(e.getMessage())));
    }
  }

  /** Every value of the input, each on its own line: the records of a JSON Lines file. */
  private List<Node> values(JsonParser parser) {
    List<Node> values = new ArrayList<>();
    try {
      int lastLine = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        JsonLocation at = parser.currentTokenLocation();
        if (at.getLineNr() == lastLine) {
          throw problems.stop(
              at.getLineNr(),
              at.getColumnNr(),
              "",
              "syntax.secondJsonValue",
              Map.of("line", lastLine));
        }
        values.add(value(parser, token));
        lastLine = parser.currentTokenLocation().getLineNr();
      }
      return values;
    } catch (StreamConstraintsException e) {
      throw limit(e, parser);
    } catch (JsonProcessingException e) {
      throw syntax(e, parser, where(stack));
    } catch (IOException e) {
      throw problems.stop(
          0, 0, where(stack), "input.unreadable", Map.of("detail", String.valueOf(e.getMessage())));
    }
  }

  private Problems.Stop limit(StreamConstraintsException e, JsonParser parser) {
    JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    return problems.stop(
        lineOf(at),
        columnOf(at),
        where(stack),
        "limit.exceeded",
        Map.of("detail", clean(e.getOriginalMessage())));
  }

  /** The value that starts with {@code token}, read to its end. */
  private Node value(JsonParser parser, JsonToken first) throws IOException {
    stack.clear();
    Node root = null;
    JsonToken token = first;
    while (true) {
      JsonLocation at = parser.currentTokenLocation();
      int line = at.getLineNr();
      int column = at.getColumnNr();
      Frame top = stack.peek();
      switch (token) {
        case FIELD_NAME -> field(parser.currentName(), line, column, top);
        case START_OBJECT, START_ARRAY -> {
          checkTag(parser, line, column, top);
          if (stack.size() + 1 > limits.maxDepth()) {
            throw tooDeep(line, column, pathIn(top));
          }
          Node node =
              token == JsonToken.START_OBJECT ? Node.object(line, column) : Node.list(line, column);
          count(1, line, column, top);
          String anchor = anchor(parser);
          if (anchor != null) {
            anchors.put(anchor, node);
          }
          Frame frame = new Frame(node, top);
          attach(top, node);
          stack.push(frame);
        }
        case END_OBJECT, END_ARRAY -> {
          Frame done = stack.pop();
          complete(done.node);
          if (stack.isEmpty()) {
            root = done.node;
          }
        }
        default -> {
          Node node = scalar(parser, token, line, column, top, stack.size());
          attach(top, node);
          if (top == null) {
            root = node;
          }
        }
      }
      if (stack.isEmpty()) {
        return java.util.Objects.requireNonNull(root, "the value just read");
      }
      token = parser.nextToken();
      if (token == null) {
        // the parsers report truncated documents themselves; this is a safety net
        throw problems.stop(line, column, where(stack), "syntax.incomplete", Map.of());
      }
    }
  }

  /** The path of the value being read: the next item of a list, the pending field of an object. */
  private static String where(Deque<Frame> stack) {
    Frame top = stack.peek();
    if (top == null) {
      return "";
    }
    return top.node.type() == Node.Type.LIST || top.name != null ? top.childPath() : top.path();
  }

  private void field(String name, int line, int column, @Nullable Frame top) {
    if (top == null) {
      throw new IllegalStateException("a field name outside an object");
    }
    top.name = name;
    top.nameLine = line;
    top.nameColumn = column;
    top.drop = false;
    if (format == Format.YAML && name.equals("<<")) {
      problems.add(line, column, top.childPath(), "yaml.mergeKey", Map.of());
      top.drop = true;
      return;
    }
    Node.Field first = top.node.field(name);
    if (first != null) {
      problems.add(
          line,
          column,
          top.childPath(),
          "field.duplicate",
          ImmutableMap.of("field", name, "line", first.line(), "column", first.column()));
      top.drop = true;
    }
  }

  private void attach(@Nullable Frame top, Node node) {
    if (top == null) {
      return;
    }
    if (top.node.type() == Node.Type.LIST) {
      top.node.add(node);
    } else if (!top.drop) {
      top.node.put(String.valueOf(top.name), top.nameLine, top.nameColumn, node);
    }
  }

  private Node scalar(
      JsonParser parser, JsonToken token, int line, int column, @Nullable Frame top, int depth)
      throws IOException {
    boolean yaml = format == Format.YAML;
    if (yaml && ((YAMLParser) parser).isCurrentAlias()) {
      return alias(parser.getText(), line, column, top, depth);
    }
    checkTag(parser, line, column, top);
    count(1, line, column, top);

    Node node =
        switch (token) {
          case VALUE_STRING -> Node.scalar(Node.Type.TEXT, line, column, parser.getText(), 0, true);
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser, line, column, yaml);
          case VALUE_TRUE, VALUE_FALSE ->
              Node.scalar(
                  Node.Type.BOOLEAN,
                  line,
                  column,
                  token == JsonToken.VALUE_TRUE ? "true" : "false",
                  0,
                  yaml);
          case VALUE_NULL -> Node.scalar(Node.Type.NULL, line, column, "null", 0, false);
          default ->
              // embedded objects and other tokens have no place in a text document
              throw problems.stop(
                  line,
                  column,
                  pathIn(top),
                  "syntax.unexpectedToken",
                  Map.of("token", String.valueOf(token)));
        };
    String anchor = anchor(parser);
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private Node number(JsonParser parser, int line, int column, boolean yaml) throws IOException {
    String text = parser.getText();
    double value;
    try {
      value = parser.getDoubleValue();
    } catch (JsonProcessingException e) {
      // YAML's .inf and .nan look numeric to Jackson but do not parse as Java numbers
      value = special(text);
      if (Double.isFinite(value)) {
        return Node.scalar(Node.Type.TEXT, line, column, text, 0, true);
      }
    }
    return Node.scalar(Node.Type.NUMBER, line, column, text, value, yaml);
  }

  /** YAML's infinities and NaN, or 0 when {@code text} is none of them. */
  private static double special(String text) {
    return switch (text) {
      case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" -> Double.POSITIVE_INFINITY;
      case "-.inf", "-.Inf", "-.INF" -> Double.NEGATIVE_INFINITY;
      case ".nan", ".NaN", ".NAN" -> Double.NaN;
      default -> 0;
    };
  }

  private Node alias(String name, int line, int column, @Nullable Frame top, int depth) {
    Node target = anchors.get(name);
    if (target == null) {
      // Jackson's YAML parser reports the anchors of objects and lists only, so an alias to a
      // single value cannot be resolved; the message says so rather than guess
      throw problems.stop(line, column, pathIn(top), "yaml.aliasUnknown", Map.of("alias", name));
    }
    if (!target.complete) {
      throw problems.stop(line, column, pathIn(top), "yaml.aliasRecursive", Map.of("alias", name));
    }
    aliases++;
    if (aliases > limits.maxAliases()) {
      throw problems.stop(
          line, column, pathIn(top), "limit.aliases", Map.of("limit", limits.maxAliases()));
    }
    if (depth + target.height > limits.maxDepth()) {
      throw tooDeep(line, column, pathIn(top));
    }
    count(target.size, line, column, top);
    return target;
  }

  private void count(long more, int line, int column, @Nullable Frame top) {
    values += more;
    if (values > limits.maxValues()) {
      throw problems.stop(
          line, column, pathIn(top), "limit.values", Map.of("limit", limits.maxValues()));
    }
  }

  private static void complete(Node node) {
    long size = 1;
    int height = 0;
    if (node.type() == Node.Type.OBJECT) {
      for (int i = 0; i < node.fieldCount(); i++) {
        Node value = node.valueAt(i);
        size += value.size;
        height = Math.max(height, value.height);
      }
    } else {
      for (Node item : node.items()) {
        size += item.size;
        height = Math.max(height, item.height);
      }
    }
    node.size = size;
    node.height = height + 1;
    node.complete = true;
  }

  private Problems.Stop tooDeep(int line, int column, String path) {
    return problems.stop(line, column, path, "limit.depth", Map.of("limit", limits.maxDepth()));
  }

  private @Nullable String anchor(JsonParser parser) throws IOException {
    if (format != Format.YAML) {
      return null;
    }
    Object id = parser.getObjectId();
    return id == null ? null : id.toString();
  }

  private void checkTag(JsonParser parser, int line, int column, @Nullable Frame top)
      throws IOException {
    if (format != Format.YAML) {
      return;
    }
    Object tag = parser.getTypeId();
    if (tag != null) {
      problems.add(line, column, pathIn(top), "yaml.tag", Map.of("tag", String.valueOf(tag)));
    }
  }

  private Problems.Stop syntax(Exception e, JsonParser parser, String path) {
    MarkedYAMLException marked = cause(e, MarkedYAMLException.class);
    if (marked != null) {
      Mark mark =
          marked.getProblemMark() != null ? marked.getProblemMark() : marked.getContextMark();
      String problem = marked.getProblem() == null ? "" : marked.getProblem().trim();
      String context = marked.getContext() == null ? "" : " (" + marked.getContext().trim() + ")";
      SyntaxErrors.Worded worded = SyntaxErrors.yaml(problem + context);
      return problems.stop(
          mark == null ? 0 : mark.getLine() + 1,
          mark == null ? 0 : mark.getColumn() + 1,
          path,
          worded.code(),
          worded.arguments());
    }
    YAMLException yaml = cause(e, YAMLException.class);
    if (yaml != null) {
      JsonLocation at = parser.currentLocation();
      return problems.stop(
          lineOf(at),
          columnOf(at),
          path,
          "syntax.yamlOther",
          Map.of("detail", clean(yaml.getMessage())));
    }
    JsonProcessingException json = (JsonProcessingException) e;
    JsonLocation at = json.getLocation() != null ? json.getLocation() : parser.currentLocation();
    String detail = clean(json.getOriginalMessage());
    SyntaxErrors.Worded worded =
        format == Format.JSON ? SyntaxErrors.json(detail) : SyntaxErrors.yaml(detail);
    return problems.stop(lineOf(at), columnOf(at), path, worded.code(), worded.arguments());
  }

  private static int lineOf(@Nullable JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
  }

  private static int columnOf(@Nullable JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? 0 : Math.max(1, at.getColumnNr());
  }

  private static <T extends Throwable> @Nullable T cause(Throwable e, Class<T> type) {
    Throwable t = e;
    for (int i = 0; t != null && i < 10; i++) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      t = t.getCause();
    }
    return null;
  }

  /** Jackson's message without its source description and configuration hints, on one line. */
  static String clean(@Nullable String message) {
    if (message == null) {
      return "unreadable input";
    }
    String text = SOURCE.matcher(message).replaceAll("");
    text = FEATURE_HINT.matcher(text).replaceAll("");
    return text.replaceAll("\\s*\\n\\s*", "; ").trim();
  }
}
