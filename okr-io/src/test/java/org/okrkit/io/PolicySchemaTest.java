package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrkit.io.testing.SchemaChecker;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.StrategySpec;

/** The shipped policy JSON Schema describes what the policy reader reads. */
class PolicySchemaTest {
  private static final SchemaChecker SCHEMA = SchemaChecker.of(PolicyFiles.jsonSchema());

  /** The plans folder: set by the build, or found beside this module when run from an IDE. */
  private static final Path PLANS =
      Path.of(System.getProperty("okrkit.plans", "../okr-examples/plans"));

  static List<String> check(String text, Format format) {
    return SCHEMA.check(SchemaChecker.parse(text, format));
  }

  @Test
  void theSchemaIsDraft2020_12WithItsOwnId() {
    String schema = PolicyFiles.jsonSchema();
    assertTrue(schema.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    assertTrue(schema.contains("\"$id\": \"urn:okrkit:schema:policy:1\""));
  }

  /** Every example policy, and the policies written inline in simulation specs, conform. */
  @Test
  void everyExamplePolicyConforms() throws IOException {
    List<Path> policies;
    try (Stream<Path> files = Files.list(PLANS)) {
      policies =
          files
              .filter(p -> p.getFileName().toString().endsWith(".policy.yaml"))
              .sorted()
              .collect(Collectors.toList());
    }
    assertTrue(policies.size() >= 4, policies.toString());
    for (Path file : policies) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertEquals(List.of(), check(text, Format.YAML), file.toString());
      // and the reader reads what the schema accepts, where the kinds it names are on the path
      // (okr-formula's formula strategies are read by that module's own tests)
      if (!text.contains("type: formula")) {
        PolicyFiles.read(file);
      }
    }
  }

  @Test
  void theFormatDocumentsExampleConforms() throws IOException {
    String doc = Files.readString(Path.of("FORMAT.md"), StandardCharsets.UTF_8);
    String section = doc.substring(doc.indexOf("## Scoring policies"));
    int open = section.indexOf("```yaml\n") + "```yaml\n".length();
    String yaml = section.substring(open, section.indexOf("```\n", open));
    assertEquals(List.of(), check(yaml, Format.YAML), yaml);
    PolicyFiles.read(yaml, Format.YAML);
  }

  @Test
  void aPolicyOfAProvidedKindConformsByItsTypeAndPlainParameters() {
    ScoringPolicy policy =
        ScoringPolicy.builder()
            .kpiStrategy(
                StrategySpec.Named.of(
                        "shareOfTarget",
                        com.google.common.collect.ImmutableMap.of("share", 0.5, "note", "pilot"))
                    .strategy(PolicyFilesTest.SHARES))
            .build();
    for (Format f : Format.values()) {
      assertEquals(List.of(), check(PolicyFiles.write(policy, f), f), f.toString());
    }
    assertEquals(List.of(), check("kpiStrategy: shareOfTarget\n", Format.YAML));
  }

  /**
   * The example formula policy conforms by the schema's own definition of okr-formula's {@code
   * formula}, not as a generic provided kind: a misspelt parameter beside it is refused.
   */
  @Test
  void theFormulaExamplePolicyConformsToTheFormulaDefinition() throws IOException {
    String text =
        Files.readString(PLANS.resolve("marketing.formula.policy.yaml"), StandardCharsets.UTF_8);
    assertEquals(List.of(), check(text, Format.YAML));
    String misspelt =
        text.replace(
            "keyResultStrategy:\n  type: formula\n",
            "keyResultStrategy:\n  type: formula\n  caps: 2\n");
    assertFalse(misspelt.equals(text));
    assertFalse(check(misspelt, Format.YAML).isEmpty());
    // as okr-formula writes it back: directions by name, the cap given
    assertEquals(
        List.of(),
        check(
            "kpiStrategy: {type: formula, expression: 'actual >= target ? 1.0 : 0.0',"
                + " directions: [INCREASE, Range], cap: 1.0}\n",
            Format.YAML));
    assertEquals(
        List.of(),
        check(
            "kpiStrategy: {type: formula, expression: 'actual <= target ? 2.0 : 0.0',"
                + " directions: decrease, cap: 2}\n",
            Format.YAML));
  }

  /** Formula strategies okr-formula refuses by their shape, which the schema refuses too. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "kpiStrategy: formula",
        "kpiStrategy: {type: formula, directions: [increase]}",
        "kpiStrategy: {type: formula, expression: '', directions: [increase]}",
        "kpiStrategy: {type: formula, expression: 3, directions: [increase]}",
        "kpiStrategy: {type: formula, expression: actual}",
        "kpiStrategy: {type: formula, expression: actual, directions: []}",
        "kpiStrategy: {type: formula, expression: actual, directions: [upward]}",
        "kpiStrategy: {type: formula, expression: actual, directions: [increase], cap: 0}",
        "kpiStrategy: {type: formula, expression: actual, directions: [increase], cap: high}",
        "kpiStrategy: {type: formula, expression: actual, directions: [increase], weight: 1}"
      })
  void formulaShapesRefusedBySchema(String yaml) {
    assertFalse(check(yaml + "\n", Format.YAML).isEmpty(), yaml);
  }

  /** Documents the reader refuses, which the schema refuses too. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "extra: 1",
        "version: 2",
        "kpiStrategy: 3",
        "kpiStrategy: range",
        "kpiStrategy: {type: linear, cap: 0.5}",
        "kpiStrategy: {type: linear, capp: 1.2}",
        "kpiStrategy: {type: tiered, floor: 1.5}",
        "kpiStrategy: {type: range}",
        "kpiStrategy: {type: range, tolerance: -1}",
        "kpiStrategy: {type: stepped, steps: []}",
        "kpiStrategy: {type: curve, points: [[0, 0, 1]]}",
        "kpiStrategy: {type: curve, points: [{achievement: 0, score: -1}]}",
        "kpiStrategy: {type: shareOfTarget, share: {deep: 1}}",
        "kpiStrategy: {share: 0.5}",
        "levelStrategies: {TEAMS: binary}",
        "objectiveAggregation: allMustPass",
        "objectiveAggregation: {type: allMustPass}",
        "objectiveAggregation: {type: cappedWeightedSum, cap: 0}",
        "objectiveAggregation: {type: minimum, passMark: 1}",
        "keyResultKpiShare: 1.5",
        "childObjectiveWeight: -1",
        "missingValue: zero",
        "targetRule: LATEST",
        "bands: {yellowFrom: -0.1}",
        "bands: {redFrom: 0.1}",
        "pace: curve",
        "pace: {type: curve, points: [[0, 0]]}",
        "pace: {type: curve, points: [[0, 0], [1.5, 1]]}",
        "pace: {type: linear, points: [[0, 0], [1, 1]]}",
        "onTrackTolerance: -0.1",
        "statusRule: shareOnTrack",
        "statusRule: {type: shareOnTrack, share: 0}",
        "statusRule: {type: weakest, share: 0.5}",
        "statusRule: strongest",
        "paceTolerance: {type: ratio, onTrack: 1.5}",
        "paceTolerance: {type: difference, lagging: 0.5}",
        "pace: frontLoaded",
        "pace: {type: frontLoaded, power: 0.5}",
        "pace: {type: byDates, points: [{date: May 1st, expected: 0.5}]}",
        "elementPaces: {KR1: {type: curve}}"
      })
  void refusedByReaderAndSchema(String yaml) {
    assertFalse(check(yaml + "\n", Format.YAML).isEmpty(), yaml);
    assertThrows(
        PlanFileException.class,
        () ->
            PolicyFiles.read(
                yaml + "\n", Format.YAML, ReadLimits.defaults(), PolicyFilesTest.SHARES));
  }
}
