package org.okrkit.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.io.FileProblem;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFileException;
import org.okrkit.io.ReadLimits;

/** A format of a host's own, read as okrkit reads its files: a budget of an amount by period. */
class DocumentReaderTest {
  private static final List<String> BUDGET = Fields.names("version", "amount", "period", "owner");

  /** A budget, as the decoder builds it. */
  private record Budget(double amount, String period) {}

  private static final DocumentReader<Budget> BUDGETS =
      new DocumentReader<>(
          "budget",
          (root, problems) -> {
            if (root == null) {
              problems.add(0, 0, "", "the document is empty; expected an object with an amount");
              throw problems.exception();
            }
            Fields f = Fields.of(root, "", problems, "a budget", BUDGET);
            if (f == null) {
              throw problems.exception();
            }
            f.version();
            Double amount = f.number("amount", true);
            String period = f.text("period", true);
            f.text("owner", false);
            problems.throwIfAny();
            return new Budget(amount, period);
          });

  private static List<String> problems(String yaml) {
    PlanFileException e =
        assertThrows(
            PlanFileException.class, () -> BUDGETS.read(yaml, Format.YAML, ReadLimits.defaults()));
    return e.problems().stream().map(FileProblem::toString).collect(Collectors.toList());
  }

  @Test
  void aValidDocumentIsDecoded() throws IOException {
    assertEquals(
        new Budget(1200.5, "2026-Q3"),
        BUDGETS.read(
            "version: 1\namount: 1200.5\nperiod: 2026-Q3\n", Format.YAML, ReadLimits.defaults()));
    assertEquals(
        new Budget(3, "2026-Q3"),
        BUDGETS.read(
            new ByteArrayInputStream(
                "{\"amount\": 3, \"period\": \"2026-Q3\"}".getBytes(StandardCharsets.UTF_8)),
            Format.JSON,
            ReadLimits.defaults()));
  }

  @Test
  void everyProblemIsReportedWithItsLineColumnAndPath() {
    assertEquals(
        List.of(
            "1:1: missing required field 'period'",
            "1:10: version: unsupported format version 2; this okrkit reads version 1",
            "2:9: amount: expected a number, got text 'lots'",
            "3:1: ownr: unknown field 'ownr' (did you mean 'owner'?); a budget takes version,"
                + " amount, period, owner"),
        problems("version: 2\namount: lots\nownr: Ann\n"));
    assertEquals(List.of("the document is empty; expected an object with an amount"), problems(""));
  }

  @Test
  void theExceptionNamesWhatWasReadAndTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("q3.budget.yaml");
    Files.writeString(file, "amount: 1\n");
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> BUDGETS.read(file, ReadLimits.defaults()));
    assertEquals(
        "invalid budget file "
            + file
            + ": 1 problem\n  "
            + file
            + ":1:1: missing required field 'period'",
        e.getMessage());
    Path text = dir.resolve("q3.budget.txt");
    Files.writeString(text, "amount: 1\n");
    assertEquals(
        List.of(
            text
                + ": cannot tell the format from the file name; expected a name ending in .json,"
                + " .yaml or .yml"),
        assertThrows(PlanFileException.class, () -> BUDGETS.read(text, ReadLimits.defaults()))
            .problems()
            .stream()
            .map(FileProblem::toString)
            .collect(Collectors.toList()));
  }

  @Test
  void theLimitsBoundTheInput() {
    PlanFileException e =
        assertThrows(
            PlanFileException.class,
            () ->
                BUDGETS.read(
                    "amount: 1\nperiod: 2026-Q3\n",
                    Format.YAML,
                    ReadLimits.builder().maxBytes(8).build()));
    assertEquals(
        "the input is larger than the limit of 8 bytes (ReadLimits.maxBytes)",
        e.problems().get(0).message());
  }

  @Test
  void problemsADecoderReportedAreThrownEvenIfItReturns() {
    DocumentReader<String> careless =
        new DocumentReader<>(
            "note",
            (root, problems) -> {
              problems.add(1, 1, "", "not a note");
              return "returned anyway";
            });
    assertEquals(
        "invalid note file: 1 problem\n  1:1: not a note",
        assertThrows(
                PlanFileException.class,
                () -> careless.read("x: 1", Format.YAML, ReadLimits.defaults()))
            .getMessage());
  }
}
