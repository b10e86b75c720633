package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.okrkit.core.CheckIn;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;
import org.okrkit.core.diff.PlanDiff;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

/**
 * CSV exports are safe to open in a spreadsheet: a text cell that a spreadsheet would run as a
 * formula gets an apostrophe before it ({@link ExportFormat#CSV}), numbers stay numbers, and {@link
 * ExportFormat#CSV_VERBATIM} writes every cell as it is.
 */
class SpreadsheetSafetyTest {

  /** A plan whose titles a spreadsheet would run, and a key result that fell below its start. */
  private static Scorecard hostile() {
    Plan plan =
        Plan.builder()
            .period(Period.quarter(2026, 2))
            .addOwners(Owner.of("t", "@SUM(1+1)*cmd|' /C calc'!A0", Level.TEAM))
            .addObjectives(Objective.of("O", "=HYPERLINK(\"http://x\",\"click\")", "t"))
            .addKeyResults(
                KeyResult.of(
                    "K",
                    "O",
                    "-2+3",
                    Measure.increasing("m", Unit.COUNT),
                    Target.increase(20, 100)))
            .build()
            .withCheckIn(CheckIn.of("K", LocalDate.of(2026, 4, 20), 0));
    return ScoringPolicy.defaults().score(plan, LocalDate.of(2026, 5, 1));
  }

  @Test
  void formulasInTextCellsAreNeutralisedAndNumbersStayNumbers() {
    String csv = Exports.scorecard(hostile(), ExportFormat.CSV);
    List<String> lines = csv.lines().toList();
    assertEquals(
        "OBJECTIVE,O,\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",t,0,RED,OFF_TRACK,,,0.34065934065934067,,,,",
        lines.get(1));
    // the key result fell from 20 to 0: its signed progress is the number -0.25, not text
    assertEquals(
        "KEY_RESULT,K,'-2+3,t,0,RED,OFF_TRACK,0,0,0.34065934065934067,,,-0.25,", lines.get(2));
    assertEquals("OWNER,t,'@SUM(1+1)*cmd|' /C calc'!A0,,0,RED,OFF_TRACK,,,,,0,,", lines.get(3));
  }

  @Test
  void verbatimCsvWritesEveryCellAsItIs() {
    String csv = Exports.scorecard(hostile(), ExportFormat.CSV_VERBATIM);
    List<String> lines = csv.lines().toList();
    assertEquals(
        "OBJECTIVE,O,\"=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\",t,0,RED,OFF_TRACK,,,0.34065934065934067,,,,",
        lines.get(1));
    assertEquals(
        "KEY_RESULT,K,-2+3,t,0,RED,OFF_TRACK,0,0,0.34065934065934067,,,-0.25,", lines.get(2));
    // apart from the neutralised cells the two are the same
    assertEquals(
        csv,
        Exports.scorecard(hostile(), ExportFormat.CSV)
            .replace("'=", "=")
            .replace("'-2", "-2")
            .replace("'@", "@"));
  }

  @Test
  void everyPeopleFacingExportIsNeutralised() {
    Scorecard card = hostile();
    Plan before = card.plan();
    Plan after = before.withObjective(before.objective("O").orElseThrow().withTitle("+1 more"));
    String diff = Exports.diff(PlanDiff.between(before, after), ExportFormat.CSV);
    assertTrue(diff.contains("'=HYPERLINK") && diff.contains("'+1 more"), diff);
    assertTrue(
        Exports.diff(PlanDiff.between(before, after), ExportFormat.CSV_VERBATIM)
            .contains(",+1 more"));
  }

  @Property
  void aTextCellNeverStartsAsAFormulaAndLosesNothing(@ForAll String text) {
    String cell = ExportFormat.CSV.cell(text);
    String unquoted =
        cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
    assertTrue(unquoted.isEmpty() || "=+-@\t\r".indexOf(unquoted.charAt(0)) < 0, cell);
    // the text is all there: after the apostrophe, when one was put before it
    assertEquals(
        text, unquoted.startsWith("'") && !text.startsWith("'") ? unquoted.substring(1) : unquoted);
    assertEquals(
        text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0
            ? ExportFormat.CSV_VERBATIM.cell(text)
            : ExportFormat.CSV_VERBATIM.cell("'" + text),
        cell);
  }
}
