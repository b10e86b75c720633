package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.okrkit.core.Level;
import org.okrkit.scoring.Aggregations;
import org.okrkit.scoring.Bands;
import org.okrkit.scoring.MissingValue;
import org.okrkit.scoring.Pace;
import org.okrkit.scoring.Point;
import org.okrkit.scoring.PolicyExtensions;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.ScoringStrategy;
import org.okrkit.scoring.Strategies;
import org.okrkit.scoring.StrategyProvider;
import org.okrkit.scoring.StrategySpec;

class PolicyFilesTest {

  private static List<String> problems(String text, Format format) {
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> PolicyFiles.read(text, format));
    return e.problems().stream().map(FileProblem::toString).collect(Collectors.toList());
  }

  /** A policy that sets every setting away from its default, with every kind of built-in. */
  static ScoringPolicy everything() {
    return ScoringPolicy.builder()
        .keyResultStrategy(Strategies.linear(1.2, true))
        .kpiStrategy(Strategies.percentOfTarget(1.5))
        .putElementStrategy(
            "KR1", Strategies.stepped(Point.of(0.5, 0.5), Point.of(0.8, 0.8), Point.of(1, 1)))
        .putElementStrategy("K1", Strategies.milestones())
        .putTagStrategy("innovation", Strategies.tiered(0.25, 1.75))
        .putTagStrategy(
            "execution", Strategies.curve(Point.of(0, 0), Point.of(1, 1), Point.of(1.5, 2)))
        .putLevelStrategy(Level.INDIVIDUAL, Strategies.range(1.5))
        .putLevelStrategy(Level.TEAM, Strategies.binary())
        .objectiveAggregation(Aggregations.geometricMean())
        .childObjectiveWeight(0.5)
        .keyResultKpiShare(0.3)
        .kpiAggregation(Aggregations.allMustPass(0.7))
        .okrAggregation(Aggregations.cappedWeightedSum(1.1))
        .compositeKpiWeight(0.6)
        .compositeOkrWeight(0)
        .bands(
            Bands.builder()
                .yellowFrom(0.3)
                .greenFrom(0.6)
                .committedYellowFrom(0.8)
                .committedGreenFrom(0.95)
                .build())
        .missingValue(MissingValue.UNSCORED)
        .pace(Pace.of(new double[] {0, 0.7, 1}, new double[] {0, 0.35, 1}))
        .onTrackTolerance(0.05)
        .atRiskTolerance(0.2)
        .build();
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void policiesRoundTrip(Format format) {
    for (ScoringPolicy policy :
        List.of(
            ScoringPolicy.defaults(),
            everything(),
            ScoringPolicy.builder()
                .objectiveAggregation(Aggregations.minimum())
                .pace(Pace.linear())
                .build())) {
      String text = PolicyFiles.write(policy, format);
      assertEquals(policy, PolicyFiles.read(text, format), text);
    }
  }

  @Test
  void theDefaultPolicyAsYaml() {
    assertEquals(
        "version: 1\n"
            + "keyResultStrategy: linear\n"
            + "kpiStrategy: binary\n"
            + "objectiveAggregation: weightedMean\n"
            + "childObjectiveWeight: 1\n"
            + "keyResultKpiShare: 0\n"
            + "kpiAggregation: weightedMean\n"
            + "okrAggregation: weightedMean\n"
            + "compositeKpiWeight: 0.7\n"
            + "compositeOkrWeight: 0.3\n"
            + "bands:\n"
            + "  yellowFrom: 0.4\n"
            + "  greenFrom: 0.7\n"
            + "  committedYellowFrom: 0.7\n"
            + "  committedGreenFrom: 1\n"
            + "missingValue: ZERO\n"
            + "targetRule: IN_FORCE\n"
            + "pace: linear\n"
            + "onTrackTolerance: 0.1\n"
            + "atRiskTolerance: 0.25\n",
        PolicyFiles.write(ScoringPolicy.defaults(), Format.YAML));
  }

  @Test
  void settingsLeftOutKeepTheirDefaults() {
    assertEquals(ScoringPolicy.defaults(), PolicyFiles.read("{}", Format.JSON));
    assertEquals(
        ScoringPolicy.builder()
            .kpiStrategy(Strategies.range(1))
            .keyResultStrategy(Strategies.linear(1.2, false))
            .putTagStrategy("x", Strategies.stepped(Point.of(0.5, 0.5), Point.of(1, 1)))
            .pace(Pace.of(new double[] {0, 1}, new double[] {0, 1}))
            .build(),
        PolicyFiles.read(
            "kpiStrategy: {type: range, tolerance: 1}\n"
                + "keyResultStrategy: {type: linear, cap: 1.2}\n"
                + "tagStrategies:\n"
                + "  x: {type: stepped, steps: [[0.5, 0.5], [1, 1]]}\n"
                + "pace: {type: curve, points: [[0, 0], {elapsed: 1, expected: 1}]}\n",
            Format.YAML));
  }

  @Test
  void policyFilesRoundTripOnDisk(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("policy.json");
    PolicyFiles.write(everything(), file);
    assertEquals(everything(), PolicyFiles.read(file));
  }

  @Test
  void aHostStrategyCannotBeWritten(@TempDir Path dir) {
    ScoringStrategy mine =
        new ScoringStrategy() {
          @Override
          public double score(org.okrkit.scoring.ScoringInput input) {
            return 1;
          }

          @Override
          public String toString() {
            return "mine";
          }
        };
    ScoringPolicy policy = ScoringPolicy.builder().putTagStrategy("innovation", mine).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PolicyFiles.write(policy, Format.YAML));
    assertEquals(
        "the scoring policy cannot be written or shipped: tagStrategies.innovation is a host"
            + " strategy without a spec ("
            + mine.getClass().getName()
            + ": mine); use a built-in,"
            + " or give each a spec through a provider (see PolicyExtensions)",
        e.getMessage());
    Path file = dir.resolve("policy.yaml");
    assertThrows(IllegalArgumentException.class, () -> PolicyFiles.write(policy, file));
    assertEquals(false, Files.exists(file));
    assertEquals(
        "the scoring policy cannot be written or shipped: pace is a host pace without a spec",
        assertThrows(
                IllegalArgumentException.class,
                () -> PolicyFiles.write(ScoringPolicy.builder().pace(t -> t).build(), Format.JSON))
            .getMessage()
            .substring(0, 83));
  }

  /** A host's strategy of a named kind: a share of the target, with a parameter of its own. */
  static final class ShareOfTarget implements ScoringStrategy {
    final StrategySpec.Named spec;

    ShareOfTarget(StrategySpec.Named spec) {
      Object share = spec.parameters().get("share");
      if (!(share instanceof Double) || (Double) share <= 0) {
        throw new IllegalArgumentException("shareOfTarget needs a share above 0, got " + share);
      }
      this.spec = spec;
    }

    @Override
    public double score(org.okrkit.scoring.ScoringInput input) {
      return Strategies.linear().score(input) * (Double) spec.parameters().get("share");
    }

    @Override
    public java.util.Optional<StrategySpec> spec() {
      return java.util.Optional.of(spec);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ShareOfTarget && ((ShareOfTarget) other).spec.equals(spec);
    }

    @Override
    public int hashCode() {
      return spec.hashCode();
    }
  }

  static final PolicyExtensions SHARES =
      PolicyExtensions.builder()
          .add(
              new StrategyProvider() {
                @Override
                public String kind() {
                  return "shareOfTarget";
                }

                @Override
                public ScoringStrategy strategy(StrategySpec.Named spec) {
                  return new ShareOfTarget(spec);
                }
              })
          .build();

  @Test
  void aStrategyOfANamedKindIsWrittenByNameAndReadBackThroughItsProvider() {
    ScoringStrategy half =
        StrategySpec.Named.of(
                "shareOfTarget",
                com.google.common.collect.ImmutableMap.of("share", 0.5, "note", "pilot"))
            .strategy(SHARES);
    ScoringPolicy policy = ScoringPolicy.builder().kpiStrategy(half).build();
    assertTrue(policy.isPortable());
    String yaml = PolicyFiles.write(policy, Format.YAML);
    assertTrue(
        yaml.contains("kpiStrategy:\n  type: shareOfTarget\n  share: 0.5\n  note: pilot\n"), yaml);
    assertEquals(policy, PolicyFiles.read(yaml, Format.YAML, ReadLimits.defaults(), SHARES));
    assertEquals(
        policy,
        PolicyFiles.read(
            PolicyFiles.write(policy, Format.JSON), Format.JSON, ReadLimits.defaults(), SHARES));
  }

  @Test
  void aNamedKindNoModuleProvidesIsAnUnknownType() {
    PlanFileException e =
        assertThrows(
            PlanFileException.class,
            () ->
                PolicyFiles.read("kpiStrategy: {type: shareOfTarget, share: 0.5}\n", Format.YAML));
    assertEquals(
        List.of(
            "1:21: kpiStrategy.type: unknown strategy 'shareOfTarget'; expected one of binary,"
                + " linear, tiered, stepped, curve, percentOfTarget, range, milestones"),
        e.problems().stream().map(Object::toString).collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void aProviderThatRefusesItsParametersIsReportedAtTheValue() {
    PlanFileException e =
        assertThrows(
            PlanFileException.class,
            () ->
                PolicyFiles.read(
                    "kpiStrategy: {type: shareOfTarget, share: -1}\n",
                    Format.YAML,
                    ReadLimits.defaults(),
                    SHARES));
    assertEquals(
        List.of("1:14: kpiStrategy: shareOfTarget needs a share above 0, got -1.0"),
        e.problems().stream().map(Object::toString).collect(java.util.stream.Collectors.toList()));
    PlanFileException nested =
        assertThrows(
            PlanFileException.class,
            () ->
                PolicyFiles.read(
                    "kpiStrategy: {type: shareOfTarget, share: {x: 1}}\n",
                    Format.YAML,
                    ReadLimits.defaults(),
                    SHARES));
    assertEquals(
        List.of(
            "1:43: kpiStrategy.share: a parameter of 'shareOfTarget' is a string, a number, a boolean"
                + " or a list of them; got an object"),
        nested.problems().stream()
            .map(Object::toString)
            .collect(java.util.stream.Collectors.toList()));
  }

  @Test
  void unknownTypesAndSettingsAreNamed() {
    String yaml =
        "keyResultStrategy: lineer\n"
            + "kpiStrategy: {type: binary, cap: 2}\n"
            + "objectiveAggregation: {type: average}\n"
            + "levelStrategies:\n"
            + "  MANAGER: binary\n"
            + "pace: 5\n"
            + "missingValue: zero\n"
            + "onTrackTolerence: 0.1\n";
    assertEquals(
        List.of(
            "1:20: keyResultStrategy: unknown strategy 'lineer' (did you mean 'linear'?); expected one"
                + " of binary, linear, tiered, stepped, curve, percentOfTarget, range, milestones",
            "2:29: kpiStrategy.cap: unknown field 'cap'; a 'binary' strategy takes type",
            "3:30: objectiveAggregation.type: unknown aggregation 'average'; expected one of"
                + " weightedMean, minimum, geometricMean, allMustPass, cappedWeightedSum",
            "5:3: levelStrategies.MANAGER: expected one of COMPANY, DEPARTMENT, TEAM, INDIVIDUAL, got"
                + " 'MANAGER'",
            "6:7: pace: unknown pace '5'; expected one of linear, curve, frontLoaded, backLoaded,"
                + " milestones, byDates",
            "7:15: missingValue: expected one of ZERO, UNSCORED, got 'zero' (did you mean 'ZERO'?)",
            "8:1: onTrackTolerence: unknown field 'onTrackTolerence' (did you mean 'onTrackTolerance'?);"
                + " a scoring policy takes $schema, version, keyResultStrategy, kpiStrategy,"
                + " elementStrategies, tagStrategies, levelStrategies, objectiveAggregation,"
                + " childObjectiveWeight, keyResultKpiShare, kpiAggregation, okrAggregation,"
                + " compositeKpiWeight, compositeOkrWeight, bands, missingValue, targetRule,"
                + " unassignedWeight, pace, elementPaces,"
                + " onTrackTolerance, atRiskTolerance, paceTolerance, statusRule"),
        problems(yaml, Format.YAML));
  }

  @Test
  void refusedParametersAreReportedWhereTheyStand() {
    String yaml =
        "keyResultStrategy: {type: linear, cap: 0.5}\n"
            + "kpiStrategy: range\n"
            + "tagStrategies:\n"
            + "  x: {type: stepped, steps: [[1, 1], [0.5, 0.5]]}\n"
            + "  y: {type: curve, points: [[1, one]]}\n"
            + "okrAggregation: allMustPass\n"
            + "bands: {yellowFrom: 0.8, greenFrom: 0.7}\n"
            + "pace: {type: curve, points: [[0, 0], [0.5, 0.7]]}\n";
    assertEquals(
        List.of(
            "1:20: keyResultStrategy: linear cap must be a finite number of at least 1, got 0.5",
            "2:14: kpiStrategy: 'range' needs parameters: write {type: range, tolerance: ...}",
            "4:6: tagStrategies.x: stepped points must rise in achievement: 0.5 -> 0.5 follows 1 -> 1",
            "5:33: tagStrategies.y.points[0][1]: expected a number, got text 'one'",
            "6:17: okrAggregation: 'allMustPass' needs parameters: write {type: allMustPass, passMark:"
                + " ...}",
            "7:8: bands: bands need 0 <= yellowFrom <= greenFrom, both finite, got yellowFrom 0.8 and"
                + " greenFrom 0.7",
            "8:7: pace: a pace runs from elapsed 0 to elapsed 1, got 0 to 0.5"),
        problems(yaml, Format.YAML));
  }

  @Test
  void aCheckAcrossSettingsIsReportedAtTheSettingItNames() {
    assertEquals(
        List.of("2:1: keyResultKpiShare: keyResultKpiShare must lie from 0 to 1, got 1.5"),
        problems("kpiStrategy: binary\nkeyResultKpiShare: 1.5\n", Format.YAML));
    assertEquals(
        List.of(
            "1:2: compositeKpiWeight: composite weights must be finite, at least 0 and not both 0, got"
                + " KPI 0 and OKR 0"),
        problems("{\"compositeKpiWeight\": 0, \"compositeOkrWeight\": 0}", Format.JSON));
  }

  // ---------------------------------------------------------------- a policy inside another
  // document

  /** A document holding policies in its list {@code arms}, read by the policy reader in place. */
  private static final org.okrkit.io.document.DocumentReader<List<ScoringPolicy>> ARMS =
      new org.okrkit.io.document.DocumentReader<>(
          "arms",
          (root, problems) -> {
            org.okrkit.io.document.Fields f =
                org.okrkit.io.document.Fields.of(
                    root, "", problems, "arms", org.okrkit.io.document.Fields.names("arms"));
            List<ScoringPolicy> policies = new java.util.ArrayList<>();
            List<org.okrkit.io.document.Node> arms = f.list("arms");
            for (int i = 0; i < arms.size(); i++) {
              policies.add(
                  PolicyFiles.decode(
                      arms.get(i), "arms[" + i + "]", problems, PolicyExtensions.loaded()));
            }
            problems.throwIfAny();
            return policies;
          });

  @ParameterizedTest
  @EnumSource(Format.class)
  void policiesWrittenInPlaceReadBackEqual(Format format) {
    List<ScoringPolicy> policies =
        List.of(
            ScoringPolicy.defaults(),
            ScoringPolicy.builder()
                .kpiStrategy(Strategies.tiered(0.5, 1.5))
                .putLevelStrategy(Level.TEAM, Strategies.linear(1.2, true))
                .objectiveAggregation(Aggregations.minimum())
                .build());
    String text =
        org.okrkit.io.document.DocumentWriter.write(
            format,
            out -> {
              out.startObject();
              out.name("arms");
              out.startList();
              for (ScoringPolicy p : policies) {
                PolicyFiles.write(p, out);
              }
              out.endList();
              out.endObject();
            });
    assertEquals(policies, ARMS.read(text, format, org.okrkit.io.ReadLimits.defaults()));
  }

  @Test
  void theProblemsOfAPolicyInPlaceStandUnderItsPath() {
    PlanFileException e =
        assertThrows(
            PlanFileException.class,
            () ->
                ARMS.read(
                    "arms:\n  - {kpiStrategy: binary}\n  - {kpiStrategy: tiering}\n",
                    Format.YAML,
                    org.okrkit.io.ReadLimits.defaults()));
    assertEquals(
        List.of(
            "3:19: arms[1].kpiStrategy: unknown strategy 'tiering'; expected one of binary, linear,"
                + " tiered, stepped, curve, percentOfTarget, range, milestones"),
        e.problems().stream().map(FileProblem::toString).collect(Collectors.toList()));
  }

  @Test
  void aHostPolicyIsRefusedBeforeAnythingIsWrittenInPlace() {
    ScoringPolicy host = ScoringPolicy.builder().kpiStrategy(in -> 1.0).build();
    StringBuilder out = new StringBuilder();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            org.okrkit.io.document.DocumentWriter.write(
                Format.JSON,
                out,
                w -> {
                  w.startObject();
                  w.name("policy");
                  PolicyFiles.write(host, w);
                  w.endObject();
                }));
    // the name went out before the policy was looked at; none of its settings did
    assertEquals(false, out.toString().contains("Strategy"), out.toString());
  }
}
