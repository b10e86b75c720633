package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.okrkit.cli.Cli.lines;
import static org.okrkit.cli.Cli.okr;
import static org.okrkit.cli.Cli.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.cli.Cli.Result;

class ValidateCommandTest {

  @Test
  void everySeedPlanAndThePolicyBesideItAreValid() {
    assertEquals(
        lines(
            "plans/marketing.yaml: a valid plan \"Marketing\" for 2026-Q2 (2026-04-01 to 2026-06-30):"
                + " 3 owners, 1 objective, 3 key results, 1 KPI, 7 check-ins",
            "plans/marketing.policy.yaml: a valid scoring policy that fits the plan (found beside it)"),
        okr("validate", plan("marketing")).out());
    assertEquals(
        lines(
            "plans/internet-company.yaml: a valid plan \"Internet company\" for 2026-Q2 (2026-04-01 to"
                + " 2026-06-30): 4 owners, 1 objective, 2 key results, 2 KPIs, 6 check-ins",
            "plans/internet-company.policy.yaml: a valid scoring policy that fits the plan (found beside it)"),
        okr("validate", plan("internet-company")).out());
    assertEquals(
        lines(
            "plans/manufacturer.yaml: a valid plan \"Manufacturer\" for 2026-Q2 (2026-04-01 to"
                + " 2026-06-30): 4 owners, 1 objective, 2 key results, 2 KPIs, 5 check-ins",
            "plans/manufacturer.policy.yaml: a valid scoring policy that fits the plan (found beside it)"),
        okr("validate", plan("manufacturer")).out());
    Result r = okr("validate", plan("start-up"));
    assertEquals(
        lines(
            "plans/start-up.yaml: a valid plan \"Start-up\" for 2026-Q2 (2026-04-01 to 2026-06-30):"
                + " 3 owners, 1 objective, 2 key results, 2 KPIs, 7 check-ins",
            "plans/start-up.policy.yaml: a valid scoring policy that fits the plan (found beside it)"),
        r.out());
    assertEquals("", r.problems());
    assertEquals(Okr.OK, r.code());
  }

  @Test
  void aPlanAloneSaysNothingOfAPolicy(@TempDir Path dir) throws IOException {
    Path copy = dir.resolve("copy.json");
    Files.copy(Path.of(plan("marketing")), dir.resolve("copy.yaml"));
    Files.writeString(
        copy,
        org.okrkit.io.PlanFiles.write(
            org.okrkit.io.PlanFiles.read(dir.resolve("copy.yaml")), org.okrkit.io.Format.JSON));
    Result r = okr("validate", copy.toString());
    assertEquals(
        lines(
            copy
                + ": a valid plan \"Marketing\" for 2026-Q2 (2026-04-01 to 2026-06-30): 3 owners,"
                + " 1 objective, 3 key results, 1 KPI, 7 check-ins"),
        r.out(),
        r::toString);
    assertEquals(Okr.OK, r.code());
  }

  @Test
  void aPolicyThatDoesNotFitIsBadInput() {
    Result r = okr("validate", plan("marketing"), "--policy", "plans/internet-company.policy.yaml");
    assertEquals(Okr.BAD_INPUT, r.code());
    assertEquals("", r.out());
    assertEquals(
        lines(
            "okr validate: the scoring policy plans/internet-company.policy.yaml does not fit the plan"
                + " plans/marketing.yaml: unknown element id 'K-features'"),
        r.err());
  }

  @Test
  void aPlanGivenAsThePolicyListsWhatAPolicyCannotHold() {
    Result r = okr("validate", plan("marketing"), "--policy", plan("start-up"));
    assertEquals(Okr.BAD_INPUT, r.code());
    assertEquals(
        "okr validate: invalid scoring policy file plans/start-up.yaml: 5 problems\n",
        r.err().substring(r.err().lastIndexOf("okr validate:")),
        r::toString);
  }
}
