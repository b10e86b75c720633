package org.okrkit.io;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.okrkit.alignment.AlignmentRules;
import org.okrkit.alignment.Finding;
import org.okrkit.alignment.FindingTemplates;
import org.okrkit.core.Numbers;
import org.okrkit.core.Target;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.io.internal.Report;

/**
 * The wording of the HTML report in one locale: the phrases of the {@code report} bundle ({@code
 * report.properties}, English, and {@code report_zh_CN.properties} beside it), read once per locale
 * and kept. A phrase is a fragment of HTML written by hand: what fills its placeholders from a plan
 * is escaped by the caller, the phrase itself is not.
 */
final class ReportText {
  /** The bundle's base name, beside this class. */
  static final String BUNDLE = "report";

  /** How the bundle's files are opened: from this module. */
  static final Phrasebook.Resources RESOURCES = ReportText.class::getResourceAsStream;

  private static final ConcurrentMap<Locale, ReportText> LOADED = new ConcurrentHashMap<>();

  private final Phrasebook phrases;
  private final Locale locale;

  private ReportText(Locale locale) {
    this.locale = locale;
    this.phrases = Phrasebook.load(BUNDLE, locale, RESOURCES);
  }

  /** The wording of {@code locale}, falling back to English key by key. */
  static ReportText of(Locale locale) {
    requireNonNull(locale, "locale");
    return LOADED.computeIfAbsent(locale, ReportText::new);
  }

  /** The locale asked for. */
  Locale locale() {
    return locale;
  }

  /** Whether this is the English root, the wording of the renders without a locale. */
  boolean english() {
    return phrases.phrase("html.lang").equals("en");
  }

  /** The phrase {@code key} as written. */
  String t(String key) {
    return phrases.phrase(key);
  }

  /** The phrase {@code key} filled with {@code arguments}. */
  String t(String key, Arguments arguments) {
    return phrases.fill(key, arguments);
  }

  /** The phrase {@code key} with its one text placeholder {@code name} filled in. */
  String t(String key, String name, String value) {
    return phrases.fill(key, Arguments.of().text(name, value));
  }

  /** {@code n} things: the phrase {@code key.one} for one, {@code key.other} for others. */
  String count(long n, String key) {
    return t(key + (n == 1 ? ".one" : ".other"), "n", Long.toString(n));
  }

  /** The phrase of an enum constant a person reads: {@code status.AT_RISK}. */
  String constant(String prefix, Enum<?> constant) {
    return t(prefix + "." + constant.name());
  }

  /**
   * A share for people, rounded down to one decimal as the alignment report does: {@code 33.3 %} in
   * English, {@code 33.3%} in Chinese.
   */
  String percent(double share) {
    return t(
        "percent",
        "p",
        BigDecimal.valueOf(Math.floor(share * 1000 + 1e-9) / 10)
            .stripTrailingZeros()
            .toPlainString());
  }

  /** A confidence as shares are shown; the {@code confidence.unknown} phrase when there is none. */
  String confidence(OptionalDouble confidence) {
    return confidence.isPresent() ? percent(confidence.getAsDouble()) : t("confidence.unknown");
  }

  /** Items joined as the {@code list.join} phrase says: {@code a, b} or {@code a、b}. */
  String join(List<String> items) {
    return String.join(t("list.join"), items);
  }

  /** The target as people read it, as {@link Target#describe(Locale)} words it. */
  String target(Target target) {
    return target.describe(locale);
  }

  /**
   * A finding's message in this locale: from the built-in templates where the finding has one of
   * theirs, else its own English message.
   */
  String message(Finding finding) {
    FindingTemplates templates = AlignmentRules.templates();
    return translatable(finding, templates)
        ? templates.message(finding, locale)
        : finding.message();
  }

  /** A finding's hint in this locale, as {@link #message(Finding)} writes its message. */
  String hint(Finding finding) {
    FindingTemplates templates = AlignmentRules.templates();
    return translatable(finding, templates) ? templates.hint(finding, locale) : finding.hint();
  }

  private boolean translatable(Finding finding, FindingTemplates templates) {
    Optional<String> template = finding.template();
    return !english()
        && template.isPresent()
        && templates.phrasebook(Locale.ROOT).has(template.get() + ".message");
  }

  // ---------------------------------------------------------------- Markdown exports

  /** The columns whose text cells are constants a person reads: {@code md.value.ON_TRACK}. */
  private static final java.util.Set<String> CONSTANT_COLUMNS =
      java.util.Set.of("kind", "band", "status", "level", "severity", "change", "subject");

  /**
   * {@code report} as a person reads it in this locale, for Markdown: its title, tables' headings,
   * columns' labels, the constants of its columns (kinds, bands, statuses, levels, severities,
   * changes) and shares in percent from the {@code md.*} phrases; what comes from the plan as it
   * is. JSON and CSV never go through this.
   */
  Report markdown(Report report) {
    Arguments title = Arguments.of();
    String kind = report.kind();
    if (kind.equals("calibration")) {
      String periods = report.header().getOrDefault("periods", Optional.empty()).orElse("");
      title.text("periods", periods.isEmpty() ? "" : join(List.of(periods.split(" "))));
    } else {
      report.header().forEach((name, value) -> title.text(name, value.orElse("")));
      title.text(
          "named",
          report
              .header()
              .getOrDefault("plan", Optional.empty())
              .map(plan -> t("md.title.named", "plan", plan))
              .orElse(""));
    }
    com.google.common.collect.ImmutableList.Builder<Report.Table> tables =
        com.google.common.collect.ImmutableList.builder();
    for (Report.Table table : report.tables()) {
      tables.add(markdown(table));
    }
    return new Report(
        kind,
        phrases.has("md.title." + kind) ? t("md.title." + kind, title) : report.title(),
        report.header(),
        tables.build(),
        report.csv());
  }

  private Report.Table markdown(Report.Table table) {
    com.google.common.collect.ImmutableList.Builder<Report.Column> columns =
        com.google.common.collect.ImmutableList.builder();
    for (Report.Column c : table.columns()) {
      columns.add(
          new Report.Column(
              c.key(),
              or("md.column." + c.key(), c.label()),
              c.style(),
              c.absent().isEmpty() ? "" : or("md.absent." + c.absent(), c.absent())));
    }
    List<List<@Nullable Object>> rows = new java.util.ArrayList<>();
    for (List<@Nullable Object> row : table.rows()) {
      List<@Nullable Object> cells = new java.util.ArrayList<>(row);
      for (int i = 0; i < cells.size(); i++) {
        Report.Column c = table.columns().get(i);
        Object cell = cells.get(i);
        if (cell instanceof String text && CONSTANT_COLUMNS.contains(c.key())) {
          cells.set(i, or("md.value." + text, text));
        } else if (cell instanceof Double share && c.style() == Report.Style.PERCENT) {
          // rounded down as the English export rounds it
          cells.set(i, t("md.percent", "p", Numbers.plain(Math.floor(share * 1000 + 1e-9) / 10)));
        }
      }
      rows.add(cells);
    }
    return new Report.Table(
        table.key(), or("md.table." + table.key(), table.heading()), columns.build(), rows);
  }

  /** The phrase {@code key}, or {@code fallback} where the table has none. */
  private String or(String key, String fallback) {
    return phrases.has(key) ? phrases.phrase(key) : fallback;
  }
}
