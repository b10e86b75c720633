package org.okrkit.io.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.okrkit.io.Format;
import org.okrkit.io.ReadLimits;
import org.okrkit.io.document.DocumentReader;
import org.okrkit.io.document.Node;

/**
 * A small JSON Schema (draft 2020-12) checker for the keywords okr-io's schemas use: {@code $ref}
 * to {@code #/$defs/...}, {@code type}, {@code properties}, {@code required}, {@code
 * additionalProperties}, {@code items}, {@code enum}, {@code const}, {@code pattern}, {@code
 * minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code minItems}, {@code maxItems}, {@code
 * minLength}, {@code oneOf}, {@code anyOf}, {@code allOf}, {@code not}; annotations are skipped.
 * Any other keyword fails the check, so that a schema can never be passed by a keyword this checker
 * ignores.
 */
public final class SchemaChecker {
  private static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$id", "$defs", "title", "description", "default", "format", "$comment");

  private final Node schema;

  private SchemaChecker(Node schema) {
    this.schema = schema;
  }

  /** A checker for the schema in {@code json}. */
  public static SchemaChecker of(String json) {
    return new SchemaChecker(parse(json, Format.JSON));
  }

  /** A document as the checker sees it. */
  public static Node parse(String text, Format format) {
    return new DocumentReader<Node>(
            "document",
            (root, problems) -> {
              if (root == null) {
                problems.add(0, 0, "", "the document is empty");
                throw problems.exception();
              }
              return root;
            })
        .read(text, format, ReadLimits.defaults());
  }

  /**
   * Every violation of the schema by {@code document}, each with its path; empty when it conforms.
   */
  public List<String> check(Node document) {
    List<String> errors = new ArrayList<>();
    check(schema, document, "$", errors);
    return errors;
  }

  private void check(Node s, Node v, String path, List<String> errors) {
    if (s.type() == Node.Type.BOOLEAN) {
      if (!s.isTrue()) {
        errors.add(path + ": not allowed");
      }
      return;
    }
    for (Node.Field e : s.fields()) {
      String keyword = e.name();
      Node k = e.value();
      switch (keyword) {
        case "$ref":
          check(resolve(k.text()), v, path, errors);
          break;
        case "type":
          if (k.type() == Node.Type.LIST) {
            if (k.items().stream().noneMatch(t -> hasType(v, t.text()))) {
              errors.add(path + ": expected one of the types " + k.items().size());
            }
          } else if (!hasType(v, k.text())) {
            errors.add(path + ": expected type " + k.text() + ", got " + v.type());
          }
          break;
        case "properties":
          if (v.type() == Node.Type.OBJECT) {
            for (Node.Field p : k.fields()) {
              Node.Field f = v.field(p.name());
              if (f != null) {
                check(p.value(), f.value(), path + "." + p.name(), errors);
              }
            }
          }
          break;
        case "required":
          if (v.type() == Node.Type.OBJECT) {
            for (Node name : k.items()) {
              if (v.field(name.text()) == null) {
                errors.add(path + ": missing required property " + name.text());
              }
            }
          }
          break;
        case "additionalProperties":
          if (v.type() == Node.Type.OBJECT) {
            Node props = s.field("properties") == null ? null : s.field("properties").value();
            for (Node.Field f : v.fields()) {
              if (props == null || props.field(f.name()) == null) {
                check(k, f.value(), path + "." + f.name(), errors);
              }
            }
          }
          break;
        case "items":
          if (v.type() == Node.Type.LIST) {
            for (int i = 0; i < v.items().size(); i++) {
              check(k, v.items().get(i), path + "[" + i + "]", errors);
            }
          }
          break;
        case "enum":
          if (k.items().stream().noneMatch(x -> same(x, v))) {
            errors.add(path + ": " + v.text() + " is not one of the enum values");
          }
          break;
        case "const":
          if (!same(k, v)) {
            errors.add(path + ": expected the constant " + k.text());
          }
          break;
        case "pattern":
          if (v.type() == Node.Type.TEXT && !Pattern.compile(k.text()).matcher(v.text()).find()) {
            errors.add(path + ": '" + v.text() + "' does not match " + k.text());
          }
          break;
        case "minimum":
          if (v.type() == Node.Type.NUMBER && v.number() < k.number()) {
            errors.add(path + ": below the minimum " + k.text());
          }
          break;
        case "maximum":
          if (v.type() == Node.Type.NUMBER && v.number() > k.number()) {
            errors.add(path + ": above the maximum " + k.text());
          }
          break;
        case "exclusiveMinimum":
          if (v.type() == Node.Type.NUMBER && v.number() <= k.number()) {
            errors.add(path + ": not above " + k.text());
          }
          break;
        case "minItems":
          if (v.type() == Node.Type.LIST && v.items().size() < k.number()) {
            errors.add(path + ": fewer than " + k.text() + " items");
          }
          break;
        case "maxItems":
          if (v.type() == Node.Type.LIST && v.items().size() > k.number()) {
            errors.add(path + ": more than " + k.text() + " items");
          }
          break;
        case "not":
          {
            List<String> inner = new ArrayList<>();
            check(k, v, path, inner);
            if (inner.isEmpty()) {
              errors.add(path + ": matches a schema it must not match");
            }
            break;
          }
        case "minLength":
          if (v.type() == Node.Type.TEXT
              && v.text().codePointCount(0, v.text().length()) < k.number()) {
            errors.add(path + ": shorter than " + k.text());
          }
          break;
        case "oneOf":
        case "anyOf":
        case "allOf":
          {
            int passed = 0;
            List<String> inner = new ArrayList<>();
            for (Node sub : k.items()) {
              List<String> e2 = new ArrayList<>();
              check(sub, v, path, e2);
              if (e2.isEmpty()) {
                passed++;
              }
              inner.addAll(e2);
            }
            boolean ok =
                keyword.equals("oneOf")
                    ? passed == 1
                    : keyword.equals("anyOf") ? passed >= 1 : passed == k.items().size();
            if (!ok) {
              errors.add(path + ": " + keyword + " failed (" + passed + " passed) " + inner);
            }
            break;
          }
        default:
          if (!ANNOTATIONS.contains(keyword)) {
            throw new IllegalStateException("the checker does not know the keyword " + keyword);
          }
      }
    }
  }

  private Node resolve(String ref) {
    if (!ref.startsWith("#/$defs/")) {
      throw new IllegalStateException("only local $defs references are supported, got " + ref);
    }
    return schema.field("$defs").value().field(ref.substring("#/$defs/".length())).value();
  }

  private static boolean hasType(Node v, String type) {
    switch (type) {
      case "object":
        return v.type() == Node.Type.OBJECT;
      case "array":
        return v.type() == Node.Type.LIST;
      case "string":
        return v.type() == Node.Type.TEXT;
      case "number":
        return v.type() == Node.Type.NUMBER;
      case "integer":
        return v.type() == Node.Type.NUMBER && v.number() == Math.rint(v.number());
      case "boolean":
        return v.type() == Node.Type.BOOLEAN;
      case "null":
        return v.type() == Node.Type.NULL;
      default:
        throw new IllegalStateException("unknown type " + type);
    }
  }

  private static boolean same(Node a, Node b) {
    if (a.type() != b.type()) {
      return false;
    }
    return a.type() == Node.Type.NUMBER ? a.number() == b.number() : a.text().equals(b.text());
  }
}
