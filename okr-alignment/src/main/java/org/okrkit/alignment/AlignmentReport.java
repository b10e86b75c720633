package org.okrkit.alignment;

import static org.okrkit.alignment.Text.percent;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;

/**
 * What an {@link AlignmentAnalyzer} found in a plan: the findings, {@linkplain
 * Finding#reportOrder() sorted} by severity ({@code ERROR} first), then code, then ids; and the
 * plan's {@linkplain Coverage coverage} figures. {@link #render()} writes both as plain text for a
 * manager.
 *
 * <p>Two reports are equal when their findings and coverage are; the plan they describe is kept for
 * rendering only.
 */
@Value.Immutable
public abstract sealed class AlignmentReport permits ImmutableAlignmentReport {

  AlignmentReport() {}

  /** Every finding, each once, in report order. */
  public abstract List<Finding> findings();

  /** The plan's coverage figures. */
  public abstract Coverage coverage();

  /**
   * The plan the report describes; not part of {@code equals}, {@code hashCode} or {@code
   * toString}.
   */
  @Value.Auxiliary
  public abstract Plan plan();

  /** The findings of one severity, in report order. */
  public final ImmutableList<Finding> findings(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings().stream()
        .filter(f -> f.severity() == severity)
        .collect(ImmutableList.toImmutableList());
  }

  /** The findings with one code, in report order. */
  public final ImmutableList<Finding> findingsWithCode(String code) {
    Objects.requireNonNull(code, "code");
    return findings().stream()
        .filter(f -> f.code().equals(code))
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether any finding is an {@code ERROR}. */
  public final boolean hasErrors() {
    return !findings().isEmpty() && findings().get(0).severity() == Severity.ERROR;
  }

  /**
   * The report as plain text for people: a heading naming the plan and its period, the coverage of
   * the plan, of each objective and of each owner (percentages rounded down to one decimal), then
   * the number of findings of each severity and every finding with its hint. Lines end with {@code
   * \n}; the text reads the same on every host.
   */
  public final String render() {
    Plan plan = plan();
    Coverage coverage = coverage();
    StringBuilder out = new StringBuilder();
    out.append("Alignment report: ")
        .append(plan.name().orElse("plan"))
        .append(", ")
        .append(Text.period(plan.period()))
        .append("\n\n");

    out.append("Coverage (share of key-result weight backed by KPIs): ")
        .append(percent(coverage.plan()))
        .append(plan.objectives().isEmpty() ? " (the plan has no objectives)" : "")
        .append('\n');
    if (coverage.supportOnlyLinks() > 0) {
      out.append("  counting ")
          .append(coverage.supportOnlyLinks())
          .append(
              coverage.supportOnlyLinks() == 1
                  ? " support-only link, which no score counts\n"
                  : " support-only links, which no score counts\n");
    }
    // the coverage maps list their ids in plan order, owners only when they set objectives: read
    // them beside the plan's lists instead of looking every id up
    if (!plan.objectives().isEmpty()) {
      out.append("  Objectives:\n");
      Iterator<Double> figures = coverage.objectives().values().iterator();
      for (Objective o : plan.objectives()) {
        row(out, figures.next(), o.id(), o.title());
      }
    }
    if (!coverage.owners().isEmpty()) {
      out.append("  Owners:\n");
      Iterator<Map.Entry<String, Double>> owners = coverage.owners().entrySet().iterator();
      Map.@Nullable Entry<String, Double> next = owners.next();
      for (Owner o : plan.owners()) {
        if (next != null && next.getKey().equals(o.id())) {
          row(out, next.getValue(), o.id(), o.name());
          next = owners.hasNext() ? owners.next() : null;
        }
      }
    }

    out.append('\n');
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    findings().forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    if (findings().isEmpty()) {
      out.append("Findings: none\n");
    } else {
      out.append("Findings: ")
          .append(findings().size())
          .append(" (")
          .append(count(counts.getOrDefault(Severity.ERROR, 0), "error"))
          .append(", ")
          .append(count(counts.getOrDefault(Severity.WARNING, 0), "warning"))
          .append(", ")
          .append(count(counts.getOrDefault(Severity.INFO, 0), "note"))
          .append(")\n");
      for (Finding f : findings()) {
        out.append(String.format(Locale.US, "  %-7s %s  ", f.severity(), f.code()))
            .append(f.message())
            .append('\n')
            .append("                  fix: ")
            .append(f.hint())
            .append('\n');
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, double share, String id, String name) {
    String figure = percent(share);
    out.append("  ")
        .append(" ".repeat(Math.max(0, 8 - figure.length())))
        .append(figure)
        .append("  ")
        .append(id)
        .append("  ")
        .append(name)
        .append('\n');
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
