package org.okrkit.scoring;

import org.okrkit.scoring.internal.Display;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Why an element or owner got its score: the rule applied (strategy or aggregation, and where it
 * was set), the formula with its numbers, the inputs, and the same for each child with its weight.
 * {@link #render()} gives plain text a manager can show to the person scored.
 */
@Value.Immutable
public abstract sealed class Explanation permits ImmutableExplanation {

  /** The deepest level that is indented further; deeper levels are labelled instead. */
  private static final int MAX_INDENT = 10;

  Explanation() {}

  /** The id of the element or owner explained, or a label for a part such as an owner's KPIs. */
  public abstract String subject();

  /** The element's title or the owner's name. */
  public abstract String title();

  /** The score; empty when unscored. */
  public abstract OptionalDouble score();

  /** The band of the score. */
  public abstract Optional<Band> band();

  /** The status. */
  public abstract Optional<Status> status();

  /** The weight of this node in its parent; empty at the root. */
  public abstract OptionalDouble weight();

  /** The rule applied: {@code linear(cap=1), the default for key results}. */
  public abstract String rule();

  /** The formula with its numbers: {@code (13 - 0) / (20 - 0) = 0.65}. */
  public abstract String formula();

  /** The inputs, each a short phrase: {@code actual 13 on 2026-05-31}. */
  public abstract List<String> inputs();

  /** The explanations of the children, in the plan's order. */
  public abstract List<Explanation> children();

  /**
   * The explanation as indented plain text, one block per node; levels deeper than ten keep the
   * tenth level's indentation and are labelled {@code [level n]}:
   *
   * <pre>
   * KR-partners "Add 20 partner companies within the quarter": 0.65, YELLOW, ON_TRACK
   *   rule: linear(cap=1), the default for key results
   *   formula: (13 - 0) / (20 - 0) = 0.65
   *   inputs: actual 13 on 2026-05-31; target 0 -&gt; 20 new partner companies
   * </pre>
   */
  public final String render() {
    StringBuilder out = new StringBuilder();
    Deque<Explanation> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(this);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Explanation e = nodes.pop();
      int depth = depths.pop();
      // deep trees stop indenting at MAX_INDENT and say their level, so output stays linear
      String indent = "  ".repeat(Math.min(depth, MAX_INDENT) * 2);
      out.append(indent).append(depth > 0 ? "- " : "");
      if (depth > MAX_INDENT) {
        out.append("[level ").append(depth).append("] ");
      }
      out.append(e.headline()).append('\n');
      String inner = indent + (depth > 0 ? "    " : "  ");
      out.append(inner).append("rule: ").append(e.rule()).append('\n');
      out.append(inner).append("formula: ").append(e.formula()).append('\n');
      if (!e.inputs().isEmpty()) {
        out.append(inner).append("inputs: ").append(String.join("; ", e.inputs())).append('\n');
      }
      List<Explanation> children = e.children();
      for (int i = children.size() - 1; i >= 0; i--) {
        nodes.push(children.get(i));
        depths.push(depth + 1);
      }
    }
    return out.toString();
  }

  private String headline() {
    StringBuilder text = new StringBuilder(subject());
    if (!title().isEmpty()) {
      text.append(" \"").append(title()).append('"');
    }
    text.append(": ");
    if (score().isPresent()) {
      text.append(Display.score(score().getAsDouble()));
      band().ifPresent(b -> text.append(", ").append(b));
      status().ifPresent(s -> text.append(", ").append(s));
    } else {
      text.append("unscored");
    }
    weight().ifPresent(w -> text.append(" (weight ").append(Display.score(w)).append(')'));
    return text.toString();
  }
}
