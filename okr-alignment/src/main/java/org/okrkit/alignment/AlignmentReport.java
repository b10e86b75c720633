package org.okrkit.alignment;

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
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.DisplayWidth;
import org.okrkit.core.text.Phrasebook;

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
   * \n}; the text reads the same on every host, in English whatever the JVM's default locale: the
   * same as {@code render(Locale.ROOT)}.
   */
  public final String render() {
    return render(Locale.ROOT);
  }

  /**
   * The report of {@link #render()} in the words of {@code locale}: headings, severities ({@code
   * ERROR} reads {@code 错误} in {@code zh_CN}), percentages and every built-in finding's message and
   * hint from the {@code findings} bundle's translation, falling back key by key to English. {@link
   * Locale#ROOT} and {@link Locale#ENGLISH} read exactly as {@link #render()}; a finding that was
   * not written from the built-in templates keeps its own message and hint. Severity columns are
   * padded to a display width ({@link DisplayWidth}). The JVM's default locale is never consulted.
   *
   * @param locale the language to write in, not null
   */
  public final String render(Locale locale) {
    Phrasebook words = Text.phrases(Objects.requireNonNull(locale, "locale"));
    Plan plan = plan();
    Coverage coverage = coverage();
    StringBuilder out = new StringBuilder();
    out.append(
            words.fill(
                "report.heading",
                Arguments.of()
                    .text("plan", plan.name().orElseGet(() -> words.phrase("report.plan")))
                    .text("period", Text.period(words, plan.period()))))
        .append("\n\n");

    out.append(
            words.fill(
                plan.objectives().isEmpty() ? "report.coverage.noObjectives" : "report.coverage",
                Arguments.of().text("percent", Text.percent(words, coverage.plan()))))
        .append('\n');
    if (coverage.supportOnlyLinks() > 0) {
      out.append("  ")
          .append(
              words.fill(
                  coverage.supportOnlyLinks() == 1
                      ? "report.supportOnly.one"
                      : "report.supportOnly.many",
                  Arguments.of().number("count", coverage.supportOnlyLinks())))
          .append('\n');
    }
    // the coverage maps list their ids in plan order, owners only when they set objectives: read
    // them beside the plan's lists instead of looking every id up
    if (!plan.objectives().isEmpty()) {
      out.append("  ").append(words.phrase("report.objectives")).append('\n');
      Iterator<Double> figures = coverage.objectives().values().iterator();
      for (Objective o : plan.objectives()) {
        row(out, words, figures.next(), o.id(), o.title());
      }
    }
    if (!coverage.owners().isEmpty()) {
      out.append("  ").append(words.phrase("report.owners")).append('\n');
      Iterator<Map.Entry<String, Double>> owners = coverage.owners().entrySet().iterator();
      Map.@Nullable Entry<String, Double> next = owners.next();
      for (Owner o : plan.owners()) {
        if (next != null && next.getKey().equals(o.id())) {
          row(out, words, next.getValue(), o.id(), o.name());
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
      out.append(words.phrase("report.findings.none")).append('\n');
    } else {
      out.append(
              words.fill(
                  "report.findings",
                  Arguments.of()
                      .number("count", findings().size())
                      .text("errors", count(words, counts.get(Severity.ERROR), "report.errors"))
                      .text(
                          "warnings", count(words, counts.get(Severity.WARNING), "report.warnings"))
                      .text("notes", count(words, counts.get(Severity.INFO), "report.notes"))))
          .append('\n');
      for (Finding f : findings()) {
        out.append("  ")
            .append(DisplayWidth.padRight(words.phrase("severity." + f.severity().name()), 7))
            .append(' ')
            .append(f.code())
            .append("  ")
            .append(Text.message(f, locale))
            .append('\n')
            .append(FIX_INDENT)
            .append(words.fill("report.fix", Arguments.of().text("hint", Text.hint(f, locale))))
            .append('\n');
      }
    }
    return out.toString();
  }

  /** Where a finding's hint starts, below its message. */
  private static final String FIX_INDENT = " ".repeat(18);

  private static void row(
      StringBuilder out, Phrasebook words, double share, String id, String name) {
    out.append("  ")
        .append(DisplayWidth.padLeft(Text.percent(words, share), 8))
        .append("  ")
        .append(id)
        .append("  ")
        .append(name)
        .append('\n');
  }

  private static String count(Phrasebook words, @Nullable Integer n, String key) {
    int count = n == null ? 0 : n;
    return words.fill(
        count == 1 ? key + ".one" : key + ".many", Arguments.of().number("count", count));
  }
}
