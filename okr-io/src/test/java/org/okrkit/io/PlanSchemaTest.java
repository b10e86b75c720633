package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.io.testing.SchemaChecker;

/** The shipped JSON Schema describes what the reader reads. */
class PlanSchemaTest {
  private static final SchemaChecker SCHEMA = SchemaChecker.of(PlanFiles.jsonSchema());

  static List<String> check(String text, Format format) {
    return SCHEMA.check(SchemaChecker.parse(text, format));
  }

  @Test
  void theSchemaIsDraft2020_12() {
    assertTrue(
        PlanFiles.jsonSchema()
            .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
  }

  @Test
  void theSeedPlansAndARichPlanConform() {
    for (Plan plan :
        List.of(
            SeedPlans.marketing(),
            SeedPlans.internetCompany(),
            SeedPlans.manufacturer(),
            SeedPlans.startUp(),
            PlanFilesTest.everything(),
            PlanRevisionsTest.revisedMarketing())) {
      assertEquals(
          List.of(), check(PlanFiles.write(plan, Format.JSON), Format.JSON), plan.toString());
      assertEquals(
          List.of(), check(PlanFiles.write(plan, Format.YAML), Format.YAML), plan.toString());
    }
  }

  @Test
  void handWrittenShorthandsConform() {
    String json =
        "{\"$schema\": \"urn:okrkit:schema:plan:1\", \"period\": {\"start\": \"2026-04-01\", \"end\":"
            + " \"2026-06-30\"}, \"owners\": [{\"id\": \"a\", \"name\": \"A\", \"level\": \"TEAM\"}],"
            + " \"revisions\": [{\"element\": \"K\", \"date\": \"2026-05-01\", \"contributions\": [],"
            + " \"reason\": \"r\", \"author\": \"a\"}],"
            + " \"checkIns\": [{\"element\": \"K\", \"date\": \"2026-05-01\", \"done\": true}]}";
    assertEquals(List.of(), check(json, Format.JSON));
  }

  /** Documents the reader refuses, which the schema refuses too. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"name\": \"no period\"}",
        "{\"period\": \"2026-Q5\"}",
        "{\"period\": \"2026-Q2\", \"extra\": 1}",
        "{\"period\": \"2026-Q2\", \"owners\": [{\"id\": \"a\", \"name\": \"A\", \"level\": \"team\"}]}",
        "{\"period\": \"2026-Q2\", \"owners\": [{\"id\": \"bad id\", \"name\": \"A\", \"level\": \"TEAM\"}]}",
        "{\"period\": \"2026-Q2\", \"owners\": [{\"id\": \"a\", \"level\": \"TEAM\"}]}",
        "{\"period\": \"2026-Q2\", \"objectives\": [{\"id\": \"O\", \"title\": \"T\", \"owner\": \"a\","
            + " \"keyResults\": [{\"id\": \"K\", \"title\": \"T\", \"measure\": {\"name\": \"m\", \"unit\":"
            + " \"COUNT\", \"direction\": \"INCREASE\"}, \"target\": {\"value\": \"20\"}}]}]}",
        "{\"period\": \"2026-Q2\", \"kpis\": [{\"id\": \"K\", \"title\": \"T\", \"owner\": \"a\","
            + " \"measure\": {\"name\": \"m\", \"unit\": \"COUNT\", \"direction\": \"INCREASE\"},"
            + " \"target\": {\"value\": 1}, \"weight\": 0}]}",
        "{\"period\": \"2026-Q2\", \"checkIns\": [{\"element\": \"K\", \"date\": \"2026-05-01\"}]}",
        "{\"period\": \"2026-Q2\", \"checkIns\": [{\"element\": \"K\", \"date\": \"2026-05-01\","
            + " \"value\": 1, \"done\": true}]}",
        "{\"period\": \"2026-Q2\", \"checkIns\": [{\"element\": \"K\", \"date\": \"May 1st\", \"value\": 1}]}",
        // revisions: one change, with a reason and an author, naming their element when loose
        "{\"period\": \"2026-Q2\", \"revisions\": [{\"element\": \"K\", \"date\": \"2026-05-01\","
            + " \"reason\": \"r\", \"author\": \"a\"}]}",
        "{\"period\": \"2026-Q2\", \"revisions\": [{\"element\": \"K\", \"date\": \"2026-05-01\","
            + " \"weight\": 2, \"target\": {\"value\": 1}, \"reason\": \"r\", \"author\": \"a\"}]}",
        "{\"period\": \"2026-Q2\", \"revisions\": [{\"date\": \"2026-05-01\", \"weight\": 2,"
            + " \"reason\": \"r\", \"author\": \"a\"}]}",
        "{\"period\": \"2026-Q2\", \"revisions\": [{\"element\": \"K\", \"date\": \"2026-05-01\","
            + " \"weight\": 0, \"reason\": \"r\", \"author\": \"a\"}]}",
        "{\"period\": \"2026-Q2\", \"revisions\": [{\"element\": \"K\", \"date\": \"2026-05-01\","
            + " \"weight\": 2, \"author\": \"a\"}]}",
        "{\"period\": \"2026-Q2\", \"objectives\": [{\"id\": \"O\", \"title\": \"T\", \"owner\": \"a\","
            + " \"keyResults\": [{\"id\": \"K\", \"title\": \"T\", \"measure\": {\"name\": \"m\", \"unit\":"
            + " \"COUNT\", \"direction\": \"INCREASE\"}, \"target\": {\"value\": 20}, \"revisions\":"
            + " [{\"date\": \"2026-05-01\", \"contributions\": [\"K\"], \"reason\": \"r\","
            + " \"author\": \"a\"}]}]}]}",
        "{\"period\": \"2026-Q2\", \"kpis\": [{\"id\": \"K\", \"title\": \"T\", \"owner\": \"a\","
            + " \"measure\": {\"name\": \"m\", \"unit\": \"COUNT\", \"direction\": \"INCREASE\"},"
            + " \"target\": {\"value\": 1}, \"revisions\": [{\"element\": \"K\", \"date\": \"2026-05-01\","
            + " \"weight\": 2, \"reason\": \"r\", \"author\": \"a\"}]}]}"
      })
  void malformedDocumentsAreRefusedByBoth(String json) {
    assertTrue(!check(json, Format.JSON).isEmpty(), json);
    assertThrows(PlanFileException.class, () -> PlanFiles.read(json, Format.JSON));
  }

  @Test
  void aViolationNamesWhereItIs() {
    assertEquals(
        List.of("$.owners[0].level: team is not one of the enum values"),
        check(
            "{\"period\": \"2026-Q2\", \"owners\": [{\"id\": \"a\", \"name\": \"A\", \"level\": \"team\"}]}",
            Format.JSON));
  }
}
