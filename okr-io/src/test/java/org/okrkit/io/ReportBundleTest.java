package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.Severity;
import org.okrkit.core.Frequency;
import org.okrkit.core.Level;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.scoring.Band;
import org.okrkit.scoring.Status;
import org.okrkit.testing.BundleChecks;

/** The HTML report's bundle: the Chinese translation is complete, and every phrase is used. */
class ReportBundleTest {
  /**
   * The prefixes of keys the report builds from data: an enum constant's phrase ({@code
   * status.AT_RISK}), a table's heading ({@code column.score}), a picture's column ({@code
   * map.column.kpis}), a count's singular or plural ({@code count.error.one}), and a Markdown
   * export's title, table, column and constant ({@code md.title.scorecard}, {@code
   * md.value.ON_TRACK}).
   */
  private static final List<String> DYNAMIC =
      List.of(
          "band.",
          "status.",
          "level.",
          "frequency.",
          "kind.",
          "severity.",
          "column.",
          "map.column.",
          "count.",
          "scope.owners.",
          "md.title.",
          "md.table.",
          "md.column.",
          "md.absent.",
          "md.value.",
          "md.verb.");

  @Test
  void theChineseTranslationIsComplete() {
    BundleChecks.checkComplete(ReportText.BUNDLE, ReportText.RESOURCES, Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void everyConstantAPersonReadsHasAPhraseInBothLanguages() {
    for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
      ReportText text = ReportText.of(locale);
      for (Enum<?>[] constants :
          List.<Enum<?>[]>of(
              Band.values(),
              Status.values(),
              Level.values(),
              Frequency.values(),
              ObjectiveKind.values(),
              Severity.values())) {
        for (Enum<?> constant : constants) {
          String prefix =
              constant instanceof Band
                  ? "band"
                  : constant instanceof Status
                      ? "status"
                      : constant instanceof Level
                          ? "level"
                          : constant instanceof Frequency
                              ? "frequency"
                              : constant instanceof ObjectiveKind ? "kind" : "severity";
          assertFalse(text.constant(prefix, constant).isBlank(), prefix + "." + constant);
        }
      }
    }
    assertEquals(
        "有风险", ReportText.of(Locale.SIMPLIFIED_CHINESE).constant("status", Status.AT_RISK));
    assertEquals("at risk", ReportText.of(Locale.ROOT).constant("status", Status.AT_RISK));
    assertEquals(
        "每半年",
        ReportText.of(Locale.SIMPLIFIED_CHINESE).constant("frequency", Frequency.HALF_YEARLY));
    assertEquals(
        "half-yearly", ReportText.of(Locale.ROOT).constant("frequency", Frequency.HALF_YEARLY));
    assertEquals("50%", ReportText.of(Locale.SIMPLIFIED_CHINESE).percent(0.5));
    assertEquals("50 %", ReportText.of(Locale.ROOT).percent(0.5));
  }

  @Test
  void everyPhraseIsUsed() {
    BundleChecks.checkUsed(
        ReportText.BUNDLE, ReportText.RESOURCES, Path.of("src", "main", "java"), DYNAMIC);
  }
}
